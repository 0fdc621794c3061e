// One small chart per benchmark: its indicators' measurements over time against their targets and
// the deadline, its status and the statuses of its latest reviews, and its readiness forecast.

import {draw, element} from './charts.js';
import * as words from './words.js';

export async function renderBenchmarks(section, operation) {
  section.appendChild(element('h4', null, 'Benchmarks'));
  if (!operation.benchmarks.length) {
    section.appendChild(element('p', null, 'This operation has no benchmarks on record.'));
    return [];
  }
  const grid = element('div', 'transitions-benchmarks');
  section.appendChild(grid);
  const charts = [];
  for (const benchmark of operation.benchmarks) {
    const card = element('div', 'transitions-card');
    card.dataset.benchmark = benchmark.code;
    grid.appendChild(card);
    const title = element('div', 'transitions-card-title');
    title.appendChild(element('strong', null, `${benchmark.code} ${benchmark.title}`));
    const badge = element('span', 'transitions-badge', words.status(benchmark.status));
    badge.style.backgroundColor = words.STATUS_COLOURS[benchmark.status] || '#9aa5b1';
    title.appendChild(badge);
    card.appendChild(title);
    if (benchmark.reason) {
      card.appendChild(element('div', 'transitions-reason', benchmark.reason));
    }
    card.appendChild(element('div', 'transitions-line', deadline(benchmark)));
    card.appendChild(element('div', 'transitions-line', forecast(benchmark.forecast)));
    card.appendChild(element('div', 'transitions-line', reviews(benchmark.reviews)));
    const numeric = benchmark.indicators.filter(i => i.measurements.some(p => p.value !== null));
    if (numeric.length) {
      charts.push(await draw(card, 170, chart(benchmark, numeric), `${benchmark.code}: measurements against targets`));
    }
    for (const indicator of benchmark.indicators.filter(i => !numeric.includes(i))) {
      card.appendChild(element('div', 'transitions-line', textIndicator(indicator)));
    }
  }
  return charts;
}

function deadline(benchmark) {
  const kind = benchmark.minimumCondition ? 'Minimum condition' : 'Benchmark';
  return benchmark.targetDate ? `${kind}, due ${words.day(benchmark.targetDate)}` : `${kind}, no deadline set`;
}

function forecast(projected) {
  if (!projected) {
    return 'Forecast: not available yet';
  }
  const method = projected.method ? ` (${projected.method})` : '';
  if (projected.date) {
    return projected.met
      ? `Forecast: targets met since ${words.day(projected.date)}${method}`
      : `Forecast: targets met by ${words.day(projected.date)}${method}`;
  }
  return `Forecast: ${projected.reason}${method}`;
}

function reviews(list) {
  if (!list.length) {
    return 'Reviews: none yet';
  }
  return 'Reviews: ' + list.map(r => `${words.status(r.status)} (${words.day(r.asOf)})`).join(' → ');
}

function textIndicator(indicator) {
  const last = indicator.measurements[indicator.measurements.length - 1];
  const value = last ? `${words.value(last.text)} on ${words.day(last.asOf)}` : 'no value yet';
  const target = indicator.targetText ? `, target ${words.value(indicator.targetText)}` : '';
  return `${indicator.code} ${indicator.name}: ${value}${target} (${words.status(indicator.status)})`;
}

/** From the first measurement to the last or the deadline, whichever is later, with a month either side. */
function span(benchmark, indicators) {
  const days = [];
  for (const indicator of indicators) {
    indicator.measurements.filter(p => p.value !== null).forEach(p => days.push(p.asOf));
    const due = indicator.targetDate || benchmark.targetDate;
    if (due) {
      days.push(due);
    }
  }
  const times = days.map(d => Date.parse(d + 'T00:00:00Z'));
  const month = 31 * 24 * 3600 * 1000;
  return {min: Math.min(...times) - month, max: Math.max(...times) + month};
}

function chart(benchmark, indicators) {
  const series = indicators.map(indicator => {
    const due = indicator.targetDate || benchmark.targetDate;
    const marks = [];
    if (indicator.target !== null) {
      marks.push({
        yAxis: indicator.target,
        name: 'target',
        label: {position: 'insideEndTop', formatter: `target ${indicator.target}`}
      });
    }
    if (due) {
      marks.push({xAxis: due, name: 'deadline', label: {formatter: 'deadline'}});
    }
    return {
      name: `${indicator.code} ${indicator.name}`,
      type: 'line',
      symbolSize: 6,
      data: indicator.measurements.filter(p => p.value !== null).map(p => [p.asOf, p.value]),
      markLine: {symbol: 'none', lineStyle: {type: 'dashed'}, data: marks}
    };
  });
  return {
    tooltip: {trigger: 'axis'},
    legend: {bottom: 0, type: 'scroll', textStyle: {fontSize: 10}},
    grid: {left: 50, right: 20, top: 20, bottom: 45},
    xAxis: {type: 'time', ...span(benchmark, indicators), axisLabel: {formatter: '{MMM} {yyyy}', hideOverlap: true}},
    yAxis: {type: 'value', scale: true},
    series
  };
}
