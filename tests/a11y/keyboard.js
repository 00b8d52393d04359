// Helpers the keyboard tests install in a page (tests/a11y/test_keyboard.py). Written for Chromium.
(() => {
  const parse = (colour) => {
    const m = /rgba?\(([^)]+)\)/.exec(colour || "");
    if (!m) return null;
    const p = m[1].split(/[\s,\/]+/).filter(Boolean).map(Number);
    return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
  };
  const over = (top, base) => ({
    r: top.r * top.a + base.r * (1 - top.a),
    g: top.g * top.a + base.g * (1 - top.a),
    b: top.b * top.a + base.b * (1 - top.a),
    a: 1,
  });
  const luminance = (c) => {
    const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b);
  };
  const contrast = (a, b) => {
    const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
    return (x + 0.05) / (y + 0.05);
  };
  // The solid colour painted behind `node`: its own and its ancestors' backgrounds, composited.
  const backgroundOf = (node) => {
    const layers = [];
    for (let n = node; n && n.nodeType === 1; n = n.parentElement) {
      const c = parse(getComputedStyle(n).backgroundColor);
      if (c && c.a > 0) { layers.push(c); if (c.a >= 1) break; }
    }
    let colour = { r: 255, g: 255, b: 255, a: 1 };
    for (let i = layers.length - 1; i >= 0; i--) colour = over(layers[i], colour);
    return colour;
  };
  const visible = (el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 &&
      el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
  };
  // The element that shows a control's focus: Material's colour-scheme radio is invisible and draws its
  // focus on the icon label that follows it.
  const indicatorOf = (el) =>
    el.matches("input.md-option")
      ? el.closest("[data-md-component=palette]").querySelector("label:not([hidden])") || el
      : el;

  const describe = (el) => {
    const text = (el.getAttribute("aria-label") || el.innerText || el.value || "").trim().replace(/\s+/g, " ");
    return `<${el.tagName.toLowerCase()} class="${el.className}" ${el.id ? 'id="' + el.id + '" ' : ""}` +
      `${el.getAttribute("href") ? 'href="' + el.getAttribute("href") + '" ' : ""}> ${text.slice(0, 40)}`;
  };

  let counter = 0;
  window.__ic = {
    describe,
    // Every control a keyboard user should be able to reach now: visible, enabled, tabbable; one stop
    // per radio group (the checked radio, or the first).
    candidates() {
      const seenGroups = new Set();
      const found = [];
      // Material's buttons that are <label>s for hidden checkboxes are controls too: the header's menu
      // and search buttons, and the menu's open and back controls.
      const labelControls = [...document.querySelectorAll(
        ".md-header label.md-header__button[for], .md-sidebar--primary label.md-nav__link[for], " +
        ".md-sidebar--primary label.md-nav__title[for]:not([for=__drawer])")]
        .filter((l) => { const t = document.getElementById(l.htmlFor); return t && !visible(t) && t.type === "checkbox"; });
      const all = new Set([...document.querySelectorAll(
        "a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]"), ...labelControls]);
      for (const el of all) {
        const isLabelControl = labelControls.includes(el);
        if ((el.tabIndex < 0 && !isLabelControl) || el.disabled || el.closest("[inert]") || !visible(el)) continue;
        if (el.type === "radio" && el.name) {
          if (seenGroups.has(el.name)) continue;
          const group = [...document.getElementsByName(el.name)];
          const stop = group.find((r) => r.checked) || group[0];
          if (stop !== el && visible(stop)) continue;
          seenGroups.add(el.name);
        }
        found.push(el);
      }
      return found.map((el) => { el.dataset.icCandidate = String(++counter); return el.dataset.icCandidate; });
    },
    positiveTabindex() {
      return [...document.querySelectorAll("[tabindex]")].filter((e) => e.tabIndex > 0).map(describe);
    },
    // What the reader sees of the focused element.
    focus() {
      const el = document.activeElement;
      if (!el || el === document.body || el === document.documentElement) return null;
      const shown = indicatorOf(el);
      const rect = shown.getBoundingClientRect();
      const style = getComputedStyle(shown);
      const ring = style.outlineStyle !== "none" ? parse(style.outlineColor) : null;
      const width = parseFloat(style.outlineWidth) || 0;
      const offset = parseFloat(style.outlineOffset) || 0;
      // What lies just outside the ring (the ring is drawn on it): a point left of the element, or right,
      // above or below when that one is off screen.
      let ringContrast = null;
      if (ring) {
        const gap = Math.max(0, offset) + width + 1;
        // The middle of the part on screen: a tall element (a long table at 320 px) has its middle below
        // the fold, but its ring is seen along the visible part of its sides.
        const cy = (Math.max(rect.top, 0) + Math.min(rect.bottom, innerHeight)) / 2;
        const cx = (Math.max(rect.left, 0) + Math.min(rect.right, innerWidth)) / 2;
        const points = [[rect.left - gap, cy], [rect.right + gap, cy], [cx, rect.top - gap], [cx, rect.bottom + gap]];
        for (const [x, y] of points) {
          if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
          const behind = document.elementsFromPoint(x, y).find((n) => n !== shown && !shown.contains(n));
          if (!behind) continue;
          const bg = backgroundOf(behind);
          ringContrast = contrast(over(ring, bg), bg);
          break;
        }
      }
      const cx = Math.min(Math.max(rect.left + rect.width / 2, 0), innerWidth - 1);
      const cy = Math.min(Math.max(rect.top + rect.height / 2, 0), innerHeight - 1);
      const hit = document.elementFromPoint(cx, cy);
      const inView = rect.bottom > 0 && rect.right > 0 && rect.top < innerHeight && rect.left < innerWidth;
      if (!el.dataset.icStop) el.dataset.icStop = String(++counter);
      return {
        stop: el.dataset.icStop,
        candidate: el.dataset.icCandidate || null,
        description: describe(el),
        visible: visible(shown) && inView,
        why: `opacity ${style.opacity}, visibility ${style.visibility}, box ${Math.round(rect.left)},${Math.round(rect.top)} ${Math.round(rect.width)}x${Math.round(rect.height)} in ${innerWidth}x${innerHeight}`,
        outlineWidth: ring ? width : 0,
        ringContrast,
        boxShadow: style.boxShadow !== "none",
        obscured: !hit ? "nothing (off screen)"
          : (shown.contains(hit) || hit.contains(shown) || (el.labels && [...el.labels].includes(hit))) ? false
          : describe(hit),
        inArticle: !!el.closest("article"),
        top: rect.top + scrollY,
        left: rect.left + scrollX,
        bottom: rect.bottom + scrollY,
      };
    },
  };
})();
