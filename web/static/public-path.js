// Where Bootstrap Italia's script finds its fonts (it appends "/Titillium_Web/…"): served locally.
window.__PUBLIC_PATH__ = '/bootstrap-italia/fonts';
