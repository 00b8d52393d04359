"""Write a synthetic bilingual Toolkit Guide site with N guides, in variants built from the same Markdown.

    python bench/generate.py OUT --guides 100 [--variant toolkit|plain|plain-prune|all]

- ``toolkit``: this project's mkdocs.yml, hooks/, overrides/ and ladders/, copied unchanged (or another
  checkout's, with ``root``: how bench/run.py compares two versions of the project).
- ``plain``: Material + mkdocs-static-i18n + the search plugin with the same Markdown extensions, nothing
  else. The quiz blocks and ladder markers are kept exactly as written: the plain site shows each quiz as a
  code block and drops the ladder markers (HTML comments), so both variants convert the same text.
- ``plain-prune``: the same with Material's ``navigation.prune`` (each page holds only its own section's
  navigation), the configuration anyone would choose for a site of many guides.

Besides the home page, the live site's trainer page and accessibility statement are copied in (both
languages). Each guide has six pages in each language (as the issue's measurements): an index with the guide's name,
four content pages and a resources page; three of them end with a quiz, one places the co-production
ladder and its self-assessment. Prose is generated deterministically (seeded) from a word list per
language, about 450 words a page, with lists, links between the guide's pages and a block quote.
"""

from __future__ import annotations

import argparse
import random
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

EN_WORDS = """people service services care health staff team teams patient patients carer carers family families
community communities partnership equal decision decisions shared share sharing power plan planning goal
goals outcome outcomes improvement improve improving quality safety experience experiences voice choice
control support listening listen trust open openness honest transparent clear communication meeting
meetings workshop feedback survey evaluation evaluate learning learn change changes process processes
step steps stage stages design designing deliver delivering delivery review reviewing measure measuring
data evidence practice practices approach approaches method methods tool tools project projects local
national board boards ward wards clinic clinics hospital hospitals primary secondary social wellbeing
needs strengths assets knowledge skills time resources budget plan early earliest stakeholders group
groups members roles responsibilities lived expertise value values respect dignity inclusion inclusive
accessible language Welsh English everyone together with for about from into through before after while
because when where which that the a an and or but so also often usually sometimes always never each every
many most some few more less better best good clear simple small large new current future""".split()

CY_WORDS = """pobl gwasanaeth gwasanaethau gofal iechyd staff tîm timau claf cleifion gofalwr gofalwyr teulu
teuluoedd cymuned cymunedau partneriaeth cyfartal penderfyniad penderfyniadau rhannu grym cynllun
cynllunio nod nodau canlyniad canlyniadau gwelliant gwella ansawdd diogelwch profiad profiadau llais
dewis rheolaeth cymorth gwrando ymddiriedaeth agored agoredrwydd gonest tryloyw clir cyfathrebu cyfarfod
cyfarfodydd gweithdy adborth arolwg gwerthuso dysgu newid newidiadau proses prosesau cam camau cyfnod
dylunio darparu adolygu mesur data tystiolaeth ymarfer dull dulliau offeryn offer prosiect prosiectau lleol
cenedlaethol bwrdd byrddau ward clinig ysbyty cynradd eilaidd cymdeithasol llesiant anghenion cryfderau
asedau gwybodaeth sgiliau amser adnoddau cyllideb cynnar rhanddeiliaid grŵp grwpiau aelodau rolau
cyfrifoldebau bywyd arbenigedd gwerth gwerthoedd parch urddas cynhwysiant hygyrch iaith Cymraeg Saesneg
pawb gyda'i gilydd gyda ar gyfer am o i mewn drwy cyn ar ôl tra oherwydd pan lle sy'n bod a ac neu ond felly
hefyd yn aml fel arfer weithiau bob amser byth pob llawer rhai mwy llai gwell gorau da syml bach mawr
newydd presennol dyfodol""".split()

PAGES = (  # slug, English title, Welsh title, what ends the page
    ("index", "{name}: introduction", "{name}: cyflwyniad", "quiz"),
    ("rationale", "Why it matters", "Pam mae'n bwysig", None),
    ("when-to-use", "When to use it", "Pryd i'w ddefnyddio", None),
    ("how-to-use", "How to use it", "Sut i'w ddefnyddio", "quiz"),
    ("what-next", "What next? The ladder", "Beth nesaf? Yr ysgol", "ladder"),
    ("resources", "Resources and further reading", "Adnoddau a darllen pellach", "quiz"),
)
SECTIONS = (("overview", "Overview", "Trosolwg"), ("in-practice", "In practice", "Yn ymarferol"),
            ("example", "An example", "Enghraifft"), ("points", "Points to remember", "Pwyntiau i'w cofio"))
GUIDE_NAMES = ("Process mapping", "Driver diagrams", "Measurement for improvement", "Patient stories",
               "Demand and capacity", "Root cause analysis", "Model for improvement", "Spread and scale")
GUIDE_NAMES_CY = ("Mapio prosesau", "Diagramau sbarduno", "Mesur ar gyfer gwella", "Straeon cleifion",
                  "Galw a chapasiti", "Dadansoddi gwraidd y broblem", "Model ar gyfer gwella", "Lledaenu ac ehangu")


def sentence(rng: random.Random, words: list[str]) -> str:
    text = " ".join(rng.choice(words) for _ in range(rng.randint(8, 20)))
    return text[0].upper() + text[1:] + "."


def paragraph(rng: random.Random, words: list[str], sentences: int) -> str:
    return " ".join(sentence(rng, words) for _ in range(sentences))


def guide_name(number: int, lang: str) -> str:
    names = GUIDE_NAMES_CY if lang == "cy" else GUIDE_NAMES
    return f"{names[number % len(names)]} {number:03d}"


def quiz(rng: random.Random, words: list[str], quiz_id: str) -> str:
    def text() -> str:
        return sentence(rng, words).rstrip(".").replace(":", "")
    lines = ["```quiz", f"id: {quiz_id}", "questions:"]
    for q in range(3):
        lines += [f"  - id: question-{q + 1}", "    type: single", f"    question: {text()}?", "    options:"]
        for o in range(3):
            lines.append(f"      - text: Option {o + 1} {text()}")
            if o == 0:
                lines.append("        correct: true")
            lines.append(f"        feedback: {text()}")
        lines.append(f"    explanation: {text()}")
    lines.append("```")
    return "\n".join(lines)


def page(number: int, lang: str, index: int, today: str = "2026-11-25") -> str:
    slug, title_en, title_cy, ending = PAGES[index]
    # The same seed for both languages of a page: the same structure, different words.
    rng = random.Random(f"{number}-{slug}-{lang}")
    words = CY_WORDS if lang == "cy" else EN_WORDS
    name = guide_name(number, lang)
    title = (title_cy if lang == "cy" else title_en).format(name=name)
    front = ["---", f'title: "{title}"', f"order: {index + 1}"]
    if slug == "index":
        front.append(f'guide: "{name}"')
    front += [f"description: {sentence(rng, words)}", f"last_reviewed: {today}", "next_review: 2027-11-25", "---"]
    h1_id = "introduction" if slug == "index" else slug
    body = [f"# {title} {{#{h1_id}}}", "", paragraph(rng, words, 4), ""]
    for section_id, en, cy in SECTIONS:
        body += [f"## {cy if lang == 'cy' else en} {{#{section_id}}}", "", paragraph(rng, words, 5), ""]
        if section_id == "in-practice":
            body += [f"- {sentence(rng, words)}" for _ in range(4)] + [""]
            other = PAGES[(index + 1) % len(PAGES)][0]
            body += [f"{sentence(rng, words)} [{sentence(rng, words).rstrip('.')}]({other}.md#overview)", ""]
        if section_id == "example":
            body += [f"> {paragraph(rng, words, 2)}", ""]
    if ending == "quiz":
        label = "Gwiriwch eich dealltwriaeth" if lang == "cy" else "Check your understanding"
        body += [f"## {label} {{#quiz-{slug}}}", "", quiz(random.Random(f"{number}-{slug}-quiz-{lang}"), words,
                                                            f"g{number:03d}-{slug}"), ""]
    if ending == "ladder":
        label = "Yr ysgol gydgynhyrchu" if lang == "cy" else "The co-production ladder"
        check = "Ble mae eich prosiect ar yr ysgol?" if lang == "cy" else "Where is your project on the ladder?"
        body += [f"## {label} {{#ladder}}", "", "<!-- toolkit:ladder co-production -->", "",
                 f"### {check} {{#ladder-self-assessment}}", "", paragraph(rng, words, 2), "",
                 "<!-- toolkit:ladder-assessment co-production -->", ""]
    return "\n".join(front + [""] + body).rstrip("\n") + "\n"


HOME = {
    "en": "---\ntitle: Home\ndescription: Learning guides.\n---\n\n# Toolkit Guide\n\n{text}\n\n"
          "## Guides {{#guides}}\n\n<!-- toolkit:guide-list -->\n",
    "cy": "---\ntitle: Hafan\ndescription: Canllawiau dysgu.\n---\n\n# Canllaw Pecyn Cymorth\n\n{text}\n\n"
          "## Canllawiau {{#guides}}\n\n<!-- toolkit:guide-list -->\n",
}

PLAIN_FEATURES = ["navigation.tracking", "navigation.indexes", "navigation.footer", "navigation.top", "toc.follow"]
PLAIN_CONFIG = """site_name: Toolkit Guide (plain Material + static-i18n)
site_url: http://127.0.0.1:8000/
docs_dir: docs
theme:
  name: material
  font: false
  features: [{features}]
plugins:
  - search
  - i18n:
      docs_structure: folder
      fallback_to_default: false
      reconfigure_material: true
      languages:
        - {locale: en, default: true, name: English, build: true}
        - {locale: cy, name: Cymraeg, build: true, site_name: Canllaw Pecyn Cymorth}
markdown_extensions:
  - attr_list
  - md_in_html
  - footnotes
  - admonition
  - def_list
  - toc: {permalink: true}
  - pymdownx.details
  - pymdownx.superfences
"""


# The live site's own pages that are not part of a guide, copied as they are: the trainer page lists every
# guide's pages and sections, so its size and its hook's time grow with the site and must be measured too.
SITE_PAGES = ("trainers.md", "accessibility.md")


def write_docs(docs: Path, guides: int) -> int:
    """The Markdown of both languages under ``docs``; returns the number of pages written."""
    count = 0
    for lang, folder in (("en", docs), ("cy", docs / "cy")):
        folder.mkdir(parents=True, exist_ok=True)
        words = CY_WORDS if lang == "cy" else EN_WORDS
        (folder / "index.md").write_text(HOME[lang].format(text=paragraph(random.Random(lang), words, 3)),
                                         encoding="utf-8")
        count += 1
        for name in SITE_PAGES:
            source = ROOT / "docs" / ("cy" if lang == "cy" else "") / name
            (folder / name).write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
            count += 1
        for number in range(1, guides + 1):
            guide = folder / f"guide-{number:03d}"
            guide.mkdir(exist_ok=True)
            for index, (slug, *_rest) in enumerate(PAGES):
                (guide / f"{slug}.md").write_text(page(number, lang, index), encoding="utf-8")
                count += 1
    return count


PLAIN_VARIANTS = {"plain": PLAIN_FEATURES, "plain-prune": [*PLAIN_FEATURES, "navigation.prune"]}
VARIANTS = ("toolkit", *PLAIN_VARIANTS)


def generate(out: Path, guides: int, variant: str, drop_hooks: tuple[str, ...] = (), root: Path = ROOT) -> Path:
    """A buildable project folder for one variant; returns the path of its mkdocs.yml.

    ``drop_hooks`` (e.g. "hooks/whole_guide.py") are left out of the toolkit variant's hook list, to see
    what one component costs; ``root`` is the checkout the toolkit variant is copied from."""
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    write_docs(out / "docs", guides)
    if variant in PLAIN_VARIANTS:
        config = PLAIN_CONFIG.replace("{features}", ", ".join(PLAIN_VARIANTS[variant]))
        (out / "mkdocs.yml").write_text(config, encoding="utf-8")
    else:
        config = (root / "mkdocs.yml").read_text(encoding="utf-8")
        for hook in drop_hooks:
            config = config.replace(f"  - {hook}\n", "")
        (out / "mkdocs.yml").write_text(config, encoding="utf-8")
        for folder in ("hooks", "overrides", "ladders"):
            shutil.copytree(root / folder, out / folder, ignore=shutil.ignore_patterns("__pycache__"))
    return out / "mkdocs.yml"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--guides", type=int, default=10)
    parser.add_argument("--variant", choices=(*VARIANTS, "all"), default="all")
    args = parser.parse_args()
    for variant in VARIANTS if args.variant == "all" else (args.variant,):
        target = args.out / variant if args.variant == "all" else args.out
        print(generate(target, args.guides, variant))


if __name__ == "__main__":
    main()
