// Appended to the report by tests/test_html.py: measures what a reader sees in Chromium and
// writes it as JSON into a pre element with id probe, which the test reads from the dumped DOM.
(function () {
  var out = {};
  function visible(el) {
    var box = el.getBoundingClientRect();
    return el.checkVisibility({checkOpacity: true, checkVisibilityCSS: true}) && box.width > 0 && box.height > 0;
  }
  function rgb(value) { var m = value.match(/[\d.]+/g) || []; return m.map(Number); }
  function luminance(c) {
    var v = c.slice(0, 3).map(function (x) { x /= 255; return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); });
    return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
  }
  function background(el) {
    for (var n = el; n && n.nodeType === 1; n = n.parentElement) {
      var c = rgb(getComputedStyle(n).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3] > 0)) { return c; }
    }
    return [255, 255, 255];
  }
  // WCAG AA: every visible piece of text at 4.5:1 or better against what lies behind it.
  function contrastFailures() {
    var failures = [];
    document.querySelectorAll('body *').forEach(function (el) {
      var own = Array.prototype.some.call(el.childNodes, function (n) { return n.nodeType === 3 && n.textContent.trim(); });
      if (!own || !visible(el) || el.closest('script, style, title')) { return; }
      var style = getComputedStyle(el);
      var ink = rgb(el instanceof SVGElement ? style.fill : style.color);
      var back = el instanceof SVGElement ? [255, 255, 255] : background(el);
      var a = luminance(ink), b = luminance(back);
      var ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      if (ratio < 4.5) { failures.push(el.tagName + '.' + el.className + ' ' + ratio.toFixed(2)); }
    });
    return failures.slice(0, 10);
  }
  var stories = Array.prototype.slice.call(document.querySelectorAll('details.story'));
  var story = stories.filter(function (s) { return s.dataset.articles.split(' ').indexOf('a2') >= 0; })[0];
  var row = story.querySelector('tr[data-kind="duration"][data-subject="talks"][data-instance="main"]');
  out.columns = Array.prototype.map.call(story.querySelectorAll('table.matrix thead th[data-article] a'),
    function (a) { return a.textContent; });
  out.row = {};
  row.querySelectorAll('td').forEach(function (td) {
    var shown = td.querySelector('.shown');
    out.row[td.dataset.article] = {
      text: shown ? shown.textContent : '', visible: shown ? visible(shown) : false,
      conflict: td.classList.contains('conflict')
    };
  });
  out.conflict_background = getComputedStyle(row.querySelector('td.conflict')).backgroundColor;
  out.plain_background = getComputedStyle(row.querySelector('td:not(.conflict)')).backgroundColor;
  out.visible_findings = Array.prototype.filter.call(
    document.querySelectorAll('li[data-rule="duration-agreement"]'), visible).length;
  out.visible_conflict_bars = Array.prototype.filter.call(
    story.querySelectorAll('svg.timeline g[data-section="durations"] rect.bar.conflict'), visible).length;
  out.stories_visible = stories.filter(function (s) { return visible(s.querySelector('summary h2')); }).length;
  out.contrast_failures = contrastFailures();
  // focusVisible: a keyboard user's focus, which the page must show, whatever input the browser saw last.
  function focusOutline(el) { el.focus({focusVisible: true}); return document.activeElement === el ? getComputedStyle(el).outlineStyle : 'not focused'; }
  var svgLink = document.querySelector('svg.timeline a');
  out.focus = {
    summary: focusOutline(story.querySelector('summary')),
    link: focusOutline(row.querySelector('td a')),
    svg_link_focusable: (svgLink.focus(), document.activeElement === svgLink)
  };
  document.activeElement.blur();
  var form = document.getElementById('filters');
  out.form_shown = visible(form);
  function choose(name, value) { form[name].value = value; form.dispatchEvent(new Event('change')); }
  choose('rule', 'duration-agreement');
  out.filtered_by_rule = stories.map(function (s) { return !s.hidden; });
  choose('rule', '');
  choose('article', 'a0');
  out.filtered_by_article = stories.map(function (s) { return !s.hidden; });
  choose('article', '');
  location.hash = '#a2-L13';
  setTimeout(function () {
    out.article_opened_by_link = document.getElementById('a2').open && visible(document.getElementById('a2-L13'));
    var pre = document.createElement('pre');
    pre.id = 'probe';
    pre.textContent = JSON.stringify(out);
    document.body.appendChild(pre);
  }, 100);
})();
