// The report's charts, drawn with Apache ECharts (its WebJar, served by the application as a global
// `echarts`). However many operations there are, a chart shows at most VISIBLE rows at a time and
// scrolls through the rest (dataZoom): a thousand bars at once would be unreadable.

import {BENCHMARK_STATUSES, STATUS_COLOURS, forecast as forecastWords, status} from './report-words.js';

const VISIBLE = 20;
const ROW_HEIGHT = 26;
const BRAND = '#0b5d8f';
const STILL_OPEN = '#cfd8e0';
const TEXT = {fontFamily: 'inherit', color: '#1f2a33'};

/** Draws a chart into the element, or says why there is none; the element's previous chart goes. */
function draw(element, option, emptyText) {
  const previous = window.echarts ? window.echarts.getInstanceByDom(element) : null;
  if (previous) {
    previous.dispose();
  }
  if (!window.echarts) {
    element.textContent = 'The charts could not be loaded; the table below holds the same figures.';
    element.style.height = '';
    return null;
  }
  if (!option) {
    const hint = element.parentElement.querySelector('.hint');
    if (hint) {
      hint.textContent = '';
    }
    element.textContent = emptyText;
    element.style.height = '';
    element.classList.add('empty');
    return null;
  }
  element.textContent = '';
  element.classList.remove('empty');
  const chart = window.echarts.init(element, null, {renderer: 'canvas'});
  chart.setOption(Object.assign({aria: {enabled: true}, textStyle: TEXT, animation: false}, option));
  return chart;
}

/** Rows by category on the y axis, first on top, scrolling beyond VISIBLE rows (and saying so). */
function rows(element, categories, labelRoom = 0) {
  const scrolls = categories.length > VISIBLE;
  const hint = element.parentElement.querySelector('.hint');
  if (hint) {
    hint.textContent = scrolls
      ? 'The first ' + VISIBLE + ' of ' + categories.length + ' operations: scroll the chart, or drag the bar on'
        + ' its right, for the others. Click a bar to find the operation in the table.'
      : 'Click a bar to find the operation in the table.';
  }
  element.style.height = (Math.min(categories.length, VISIBLE) * ROW_HEIGHT + 90) + 'px';
  return {
    grid: {left: 8, right: (scrolls ? 48 : 16) + labelRoom, top: 40, bottom: 24, containLabel: true},
    yAxis: {type: 'category', data: categories, inverse: true, axisTick: {show: false}},
    dataZoom: scrolls
      ? [
        {type: 'slider', yAxisIndex: 0, right: 8, width: 18, startValue: 0, endValue: VISIBLE - 1,
          zoomLock: true, showDetail: false, showDataShadow: false, brushSelect: false,
          fillerColor: 'rgba(11, 93, 143, 0.45)', borderColor: '#aab4bd', backgroundColor: '#eef2f5',
          handleSize: 0, moveHandleSize: 0},
        {type: 'inside', yAxisIndex: 0, zoomOnMouseWheel: false, moveOnMouseWheel: true}
      ]
      : []
  };
}

/** How many benchmarks have each status, over every operation shown. */
export function portfolio(element, operations) {
  const counts = Object.fromEntries(BENCHMARK_STATUSES.map(code => [code, 0]));
  operations.forEach(op => op.benchmarks.forEach(b => {
    counts[b.status] = (counts[b.status] || 0) + 1;
  }));
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  element.style.height = '220px';
  return draw(element, total === 0 ? null : {
    grid: {left: 8, right: 40, top: 8, bottom: 8, containLabel: true},
    tooltip: {trigger: 'item', formatter: p => p.name + ': ' + p.value + ' of ' + total + ' benchmarks'},
    xAxis: {type: 'value', minInterval: 1, splitLine: {show: false}, axisLabel: {show: false}},
    yAxis: {type: 'category', inverse: true, axisTick: {show: false},
      data: BENCHMARK_STATUSES.map(status)},
    series: [{
      type: 'bar',
      barWidth: 22,
      label: {show: true, position: 'right'},
      data: BENCHMARK_STATUSES.map(code => ({value: counts[code], itemStyle: {color: STATUS_COLOURS[code]}}))
    }]
  }, 'No benchmarks on record.');
}

/** Each operation's benchmarks by status, stacked, the operations with the most off track first. */
export function statusesPerOperation(element, operations, onPick) {
  const count = (op, code) => op.benchmarks.filter(b => b.status === code).length;
  const shown = operations
    .filter(op => op.benchmarks.length > 0)
    .sort((a, b) => BENCHMARK_STATUSES.map(code => count(b, code) - count(a, code)).find(d => d !== 0) || 0);
  const chart = draw(element, shown.length === 0 ? null : Object.assign(rows(element, shown.map(op => op.code)), {
    legend: {top: 0, left: 0, itemWidth: 14},
    tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}},
    xAxis: {type: 'value', minInterval: 1},
    series: BENCHMARK_STATUSES.map(code => ({
      name: status(code),
      type: 'bar',
      stack: 'benchmarks',
      barMaxWidth: 18,
      itemStyle: {color: STATUS_COLOURS[code]},
      emphasis: {focus: 'series'},
      data: shown.map(op => count(op, code) || null)
    }))
  }), 'No operation shown has benchmarks on record.');
  if (chart) {
    chart.on('click', p => onPick(p.name));
  }
  return chart;
}

/** Each operation's sites closed against those planned, the operations with sites only. */
export function drawdown(element, operations, onPick) {
  const shown = operations.filter(op => op.sites.total > 0);
  // room on the right for the "10 of 12" after the longest bar
  const chart = draw(element, shown.length === 0 ? null : Object.assign(rows(element, shown.map(op => op.code), 40), {
    legend: {top: 0, left: 0, itemWidth: 14},
    tooltip: {
      trigger: 'axis',
      axisPointer: {type: 'shadow'},
      formatter: p => {
        const op = shown[p[0].dataIndex];
        return op.code + ': ' + op.sites.closed + ' of ' + op.sites.total + ' sites closed';
      }
    },
    xAxis: {type: 'value', minInterval: 1},
    series: [
      {
        name: 'Closed',
        type: 'bar',
        stack: 'sites',
        barMaxWidth: 18,
        itemStyle: {color: BRAND},
        data: shown.map(op => op.sites.closed)
      },
      {
        name: 'Still open',
        type: 'bar',
        stack: 'sites',
        barMaxWidth: 18,
        itemStyle: {color: STILL_OPEN},
        // after the whole bar, where a short one leaves room for it
        label: {show: true, position: 'right', color: '#1f2a33',
          formatter: p => shown[p.dataIndex].sites.closed + ' of ' + shown[p.dataIndex].sites.total},
        data: shown.map(op => op.sites.total - op.sites.closed)
      }
    ]
  }), 'No operation shown has sites on record.');
  if (chart) {
    chart.on('click', p => onPick(p.name));
  }
  return chart;
}

/**
 * When the operations are ready (all benchmarks met) at the current pace: met already, by year for
 * five years, after that, or why there is no date.
 */
export function readiness(element, operations, asOf) {
  const lastYear = Number(asOf.substring(0, 4)) + 4;
  const groups = new Map();
  const add = (key, label, colour) => {
    const group = groups.get(key) || {label, colour, count: 0};
    group.count += 1;
    groups.set(key, group);
  };
  operations.forEach(op => {
    const f = op.forecast || {};
    if (f.date && f.met) {
      add('0', 'Met already', STATUS_COLOURS.ACHIEVED);
    } else if (f.date && Number(f.date.substring(0, 4)) > lastYear) {
      add('1 later', 'After ' + lastYear, '#6f9fbf');
    } else if (f.date) {
      add('1 ' + f.date.substring(0, 4), 'By the end of ' + f.date.substring(0, 4), BRAND);
    } else {
      add('2 ' + f.reason, forecastWords(f), f.reason === 'not on current trend' ? STATUS_COLOURS.OFF_TRACK
        : STATUS_COLOURS.NO_DATA);
    }
  });
  const shown = [...groups.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(entry => entry[1]);
  element.style.height = (shown.length * 34 + 24) + 'px';
  return draw(element, shown.length === 0 ? null : {
    grid: {left: 8, right: 40, top: 8, bottom: 8, containLabel: true},
    tooltip: {trigger: 'item', formatter: p => p.name + ': ' + p.value + ' operations'},
    xAxis: {type: 'value', minInterval: 1, splitLine: {show: false}, axisLabel: {show: false}},
    yAxis: {type: 'category', inverse: true, axisTick: {show: false}, data: shown.map(group => group.label),
      axisLabel: {width: 110, overflow: 'break', lineHeight: 13}},
    series: [{
      type: 'bar',
      barWidth: 18,
      label: {show: true, position: 'right'},
      data: shown.map(group => ({value: group.count, itemStyle: {color: group.colour}}))
    }]
  }, 'No operation shown.');
}
