"""The HTML report's inline style sheet and script, kept as constants so the page needs no other file."""

from __future__ import annotations

# Colours are chosen for WCAG AA: body text 16:1, links and the conflict red above 4.5:1 on
# their backgrounds; conflicts are also marked by text ("≠ rule", "disagree"), never by colour alone.
CSS = """
:root { --ink: #1b1b1b; --muted: #4a4a4a; --line: #c8c8c8; --link: #0b57d0; --bad: #b3261e;
  --bad-bg: #fde7e6; --ok: #2f6fb0; --fact-bg: #fff1b8; --panel: #f5f6f8; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  color: var(--ink); background: #fff; }
a { color: var(--link); }
a:focus-visible, summary:focus-visible, select:focus-visible, button:focus-visible, input:focus-visible,
.scroll:focus-visible { outline: 3px solid var(--link); outline-offset: 2px; }
.skip { position: absolute; left: -999px; } .skip:focus { left: 8px; top: 8px; background: #fff; padding: 4px 8px; }
header { padding: 16px 24px 8px; border-bottom: 1px solid var(--line); background: var(--panel); }
h1 { margin: 0 0 4px; font-size: 24px; } h2 { display: inline; font-size: 19px; margin: 0; }
h3 { font-size: 16px; margin: 18px 0 6px; }
.bad { color: var(--bad); font-weight: 600; }
.summary { margin: 0 0 8px; font-size: 16px; }
details.toc > summary { cursor: pointer; font-weight: 600; }
nav ol { margin: 4px 0 8px; padding-left: 22px; } nav li { margin: 2px 0; }
#filters { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; margin: 8px 0; }
#filters label { font-weight: 600; } select, button { font: inherit; padding: 2px 6px; }
main { padding: 8px 24px 24px; }
details.story { border: 1px solid var(--line); border-radius: 6px; margin: 16px 0; background: #fff; }
details.story > summary { padding: 10px 14px; cursor: pointer; background: var(--panel); border-radius: 6px; }
details.story[open] > summary { border-bottom: 1px solid var(--line); border-radius: 6px 6px 0 0; }
.story-body { padding: 0 14px 14px; }
.meta { color: var(--muted); margin-left: 8px; }
.badge { display: inline-block; margin-left: 8px; padding: 0 8px; border-radius: 10px; font-size: 13px;
  font-weight: 600; color: #fff; background: var(--bad); }
.badge.ok { background: #1e6b3a; }
.evidence { color: var(--muted); margin: 6px 0 0; font-size: 13px; }
ol.conflicts { margin: 0; padding-left: 22px; }
ol.conflicts li { margin: 4px 0; padding: 6px 10px; background: var(--bad-bg); border-left: 4px solid var(--bad); }
ol.conflicts li:target { outline: 3px solid var(--bad); }
.sev { font-weight: 700; text-transform: uppercase; font-size: 12px; color: var(--bad); }
.sev-warning .sev, .sev-info .sev { color: #7a4b00; }
code { font: 13px/1.4 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; }
.places { display: block; color: var(--muted); font-size: 13px; }
.scroll { overflow-x: auto; max-width: 100%; }
table.matrix { border-collapse: collapse; min-width: 60%; }
table.matrix caption { text-align: left; color: var(--muted); font-size: 13px; padding-bottom: 4px; }
.matrix th, .matrix td { border: 1px solid var(--line); padding: 6px 10px; vertical-align: top; text-align: left; }
.matrix thead th { background: var(--panel); min-width: 150px; max-width: 260px; }
.matrix tbody th[scope=row] { min-width: 170px; position: sticky; left: 0; background: #fff; z-index: 1; }
.matrix tr.instance th { background: #e8ecf3; font-weight: 600; }
.matrix tr.disagree th[scope=row] { border-left: 5px solid var(--bad); }
.matrix td.conflict { background: var(--bad-bg); box-shadow: inset 0 0 0 2px var(--bad); }
.matrix td.empty { color: var(--muted); }
.matrix ul { margin: 0; padding: 0; list-style: none; }
.matrix .shown { font-weight: 700; font-size: 16px; }
.matrix li.conflict .shown { color: var(--bad); }
.matrix .where { font-size: 13px; }
.matrix th.picked, .matrix td.picked { outline: 3px solid var(--link); outline-offset: -3px; }
details.others { margin-top: 8px; } details.others > summary { cursor: pointer; font-weight: 600; }
details.agree { margin-top: 8px; } details.agree > summary { cursor: pointer; font-weight: 600; }
details.timeline > summary { cursor: pointer; } details.timeline > summary h3 { display: inline; }
.sub { display: block; font-weight: 400; font-size: 12px; color: var(--muted); }
.kind { display: inline-block; font-size: 12px; font-weight: 700; text-transform: uppercase; color: var(--muted); }
.flag { display: inline-block; margin-left: 6px; padding: 0 6px; font-size: 12px; font-weight: 700; color: #fff;
  background: var(--bad); border-radius: 8px; }
a.tag { display: inline-block; margin-left: 6px; padding: 0 6px; font-size: 12px; font-weight: 700;
  color: #fff; background: var(--bad); border-radius: 8px; text-decoration: none; }
svg.timeline { max-width: 100%; height: auto; font: 13px system-ui, sans-serif; }
svg .heading { font-weight: 700; fill: var(--ink); }
svg .lane { font-weight: 600; fill: var(--ink); stroke: #fff; stroke-width: 5px; paint-order: stroke; }
svg .who, svg .value { fill: var(--ink); } svg .tick { fill: var(--muted); font-size: 12px; }
svg .grid { stroke: #d9d9d9; } svg .bar { fill: var(--ok); } svg .bar.conflict { fill: var(--bad); }
.legend { margin: 2px 0 0; font-size: 13px; color: var(--muted); }
.swatch { display: inline-block; width: 14px; height: 10px; margin-left: 10px; background: var(--ok); }
.swatch.bad { background: var(--bad); }
svg a:focus-visible rect { stroke: var(--link); stroke-width: 3; }
details.article { margin: 6px 0; border: 1px solid var(--line); border-radius: 4px; }
details.article > summary { padding: 6px 10px; cursor: pointer; }
details.article .name { font-weight: 700; } .count { color: var(--muted); }
.path { margin: 4px 10px; color: var(--muted); font-size: 13px; }
.text { padding: 4px 10px 10px; }
.ln { display: flex; gap: 10px; padding: 1px 0; }
.ln:target { background: #e3ecfb; }
.ln .no { flex: 0 0 2.5em; text-align: right; color: var(--muted); text-decoration: none; font-size: 13px; }
.ln .tx { white-space: pre-wrap; overflow-wrap: anywhere; }
mark.fact { background: var(--fact-bg); color: var(--ink); border-bottom: 2px solid #8a6d00; padding: 0 1px; }
mark.fact.conflict { background: var(--bad-bg); border-bottom: 3px solid var(--bad); font-weight: 600; }
.note { color: var(--muted); }
footer { padding: 12px 24px; color: var(--muted); border-top: 1px solid var(--line); font-size: 13px; }
[hidden] { display: none !important; }
@media print { #filters { display: none; } details.story { break-inside: avoid; } }
"""

# Progressive enhancement only: the page is complete without it. It shows the filter form,
# filters stories, conflicts, rows and articles by rule and article, and opens collapsed
# sections when a link points into them.
JS = """
(function () {
  var form = document.getElementById('filters');
  function has(list, word) { return (' ' + (list || '') + ' ').indexOf(' ' + word + ' ') >= 0; }
  function apply() {
    var rule = form.rule.value, art = form.article.value, only = form.only.checked, shown = 0;
    var stories = document.querySelectorAll('details.story');
    stories.forEach(function (s) {
      var ok = (!rule || has(s.dataset.rules, rule)) && (!art || has(s.dataset.articles, art));
      s.hidden = !ok; if (ok) { shown++; if (rule || art) { s.open = true; } }
    });
    document.querySelectorAll('li[data-finding]').forEach(function (li) {
      li.hidden = (rule && li.dataset.rule !== rule) || (art && !has(li.dataset.articles, art));
    });
    document.querySelectorAll('tr[data-row]').forEach(function (tr) {
      tr.hidden = (only && !tr.dataset.rules) || (rule && !has(tr.dataset.rules, rule));
    });
    document.querySelectorAll('details.article').forEach(function (a) {
      a.hidden = !!art && a.dataset.article !== art;
    });
    document.querySelectorAll('.matrix [data-article], svg.timeline g[data-article]').forEach(function (c) {
      c.classList.toggle('picked', !!art && c.dataset.article === art);
    });
    document.getElementById('status').textContent =
      'Showing ' + shown + ' of ' + stories.length + ' stor' + (stories.length === 1 ? 'y' : 'ies') + '.';
  }
  function reveal() {
    var id = decodeURIComponent(location.hash.slice(1)), node = id && document.getElementById(id);
    for (var n = node; n; n = n.parentElement) { if (n.tagName === 'DETAILS') { n.open = true; } n.hidden = false; }
    if (node) { node.scrollIntoView({block: 'center'}); }
  }
  if (form) {
    form.hidden = false;
    form.addEventListener('change', apply);
    form.addEventListener('submit', function (e) { e.preventDefault(); apply(); });
    form.addEventListener('reset', function () { setTimeout(apply, 0); });
    document.getElementById('expand').addEventListener('click', function () {
      document.querySelectorAll('details.story').forEach(function (d) { d.open = true; });
    });
    document.getElementById('collapse').addEventListener('click', function () {
      document.querySelectorAll('details.story').forEach(function (d) { d.open = false; });
    });
  }
  window.addEventListener('hashchange', reveal);
  if (location.hash) { reveal(); }
})();
"""
