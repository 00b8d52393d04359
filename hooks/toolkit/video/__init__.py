"""Videos placed in a page: a `<!-- toolkit:video <id> -->` marker, the video's title and address as a
Markdown link on the next line, and a one-line description under it (parse), shown as a local
placeholder with a play button that embeds the privacy-enhanced player only when pressed (render)."""
