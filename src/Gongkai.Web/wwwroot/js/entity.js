// Draws the entity page's charts from the JSON data block #entity-data with the bundled ECharts (no inline script).
(function () {
  'use strict';
  var block = document.getElementById('entity-data');
  if (!block || typeof echarts === 'undefined') { return; }
  var points = JSON.parse(block.textContent || '[]');
  var labels = points.map(function (p) { return p.label; });
  var palette = ['#b3261e', '#0969da', '#1a7f37', '#9a6700', '#8250df', '#bf3989', '#57606a', '#0a3069'];

  function draw(id, option) {
    var el = document.getElementById(id);
    if (!el) { return; }
    var chart = echarts.init(el, null, { renderer: 'canvas' });
    option.color = palette;
    option.animation = false;
    option.tooltip = option.tooltip || { trigger: 'axis' };
    option.grid = { left: 60, right: 20, top: 40, bottom: 40 };
    chart.setOption(option);
    el.setAttribute('data-drawn', '1');
    window.addEventListener('resize', function () { chart.resize(); });
  }
  function values(key) { return points.map(function (p) { return p[key] === null || p[key] === undefined ? null : Number(p[key]); }); }
  function axis() { return { type: 'category', data: labels }; }

  draw('chart-total', { xAxis: axis(), yAxis: { type: 'value' }, series: [{ name: '支出合计', type: 'line', data: values('total'), label: { show: true } }] });
  draw('chart-basic-project', {
    legend: { top: 0 }, xAxis: axis(), yAxis: { type: 'value' },
    series: [{ name: '基本支出', type: 'bar', stack: 'e', data: values('basic') }, { name: '项目支出', type: 'bar', stack: 'e', data: values('project') }]
  });
  var classes = {};
  points.forEach(function (p) { (p.byClass || []).forEach(function (c) { classes[c.code] = c.code + ' ' + c.name; }); });
  draw('chart-class', {
    legend: { top: 0, type: 'scroll' }, xAxis: axis(), yAxis: { type: 'value' },
    series: Object.keys(classes).sort().map(function (code) {
      return {
        name: classes[code], type: 'bar', stack: 'c',
        data: points.map(function (p) { var hit = (p.byClass || []).filter(function (c) { return c.code === code; })[0]; return hit ? Number(hit.amount) : null; })
      };
    })
  });
  draw('chart-three-public', {
    legend: { top: 0 }, xAxis: axis(), yAxis: { type: 'value' },
    series: [
      { name: '因公出国（境）费', type: 'bar', stack: 't', data: values('abroad') },
      { name: '公务用车购置费', type: 'bar', stack: 't', data: values('vehiclePurchase') },
      { name: '公务用车运行维护费', type: 'bar', stack: 't', data: values('vehicleOperation') },
      { name: '公务接待费', type: 'bar', stack: 't', data: values('reception') },
      { name: '“三公”经费合计', type: 'line', data: values('threePublic') }
    ]
  });
  draw('chart-office', { xAxis: axis(), yAxis: { type: 'value' }, series: [{ name: '机关运行经费', type: 'bar', data: values('officeOperation') }] });
  draw('chart-quality', {
    xAxis: axis(), yAxis: { type: 'value', min: 0, max: 100 },
    series: [{ name: '公开质量评分', type: 'line', data: values('score'), label: { show: true } }]
  });
})();
