// The "Transitions" panel of Cockpit's dashboard: the operations in transition and those in the 24
// months after theirs, by stage, each with its benchmarks, sites, escalations and overdue tasks.

import {draw, element, link} from './charts.js';
import {dashboardTab, read, reportPage, tasklist} from './links.js';
import * as words from './words.js';

export async function renderPortfolio(node) {
  const panel = element('div', 'transitions-panel');
  node.appendChild(panel);
  const head = element('div', 'transitions-head');
  head.appendChild(element('h3', null, 'Transitions'));
  panel.appendChild(head);
  const charts = [];
  try {
    const portfolio = await read('/dashboard/portfolio');
    head.appendChild(element('span', 'transitions-as-of', `Today, ${words.day(portfolio.asOf)}`));
    head.appendChild(link(reportPage(), 'Transition status report'));
    if (!portfolio.operations.length) {
      panel.appendChild(element('p', null, 'No operation is in transition or in the 24 months after it.'));
      return charts;
    }
    const row = element('div', 'transitions-charts');
    panel.appendChild(row);
    charts.push(await draw(row, 220, stagesChart(portfolio), 'Operations by stage'));
    charts.push(
      await draw(row, 60 + 34 * portfolio.operations.length, benchmarksChart(portfolio), 'Benchmarks by status')
    );
    panel.appendChild(table(portfolio));
  } catch (error) {
    panel.appendChild(element('p', 'transitions-error', error.message));
  }
  return charts;
}

function stagesChart(portfolio) {
  const stages = portfolio.stages.map(s => words.stage(s.stage));
  return {
    title: {text: 'Operations by stage', textStyle: {fontSize: 13}},
    tooltip: {trigger: 'axis'},
    legend: {bottom: 0},
    grid: {left: 40, right: 10, top: 35, bottom: 50},
    xAxis: {type: 'category', data: stages, axisLabel: {interval: 0, width: 90, overflow: 'break'}},
    yAxis: {type: 'value', minInterval: 1},
    series: [
      {
        name: words.status('IN_TRANSITION'),
        type: 'bar',
        stack: 'stage',
        color: '#0b5d8f',
        data: portfolio.stages.map(s => s.inTransition)
      },
      {
        name: words.status('TRANSITIONED'),
        type: 'bar',
        stack: 'stage',
        color: '#7fb3d5',
        data: portfolio.stages.map(s => s.transitioned)
      }
    ]
  };
}

function benchmarksChart(portfolio) {
  const operations = portfolio.operations.map(o => o.code);
  return {
    title: {text: 'Benchmarks by status today', textStyle: {fontSize: 13}},
    tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}},
    legend: {bottom: 0},
    grid: {left: 90, right: 10, top: 35, bottom: 50},
    xAxis: {type: 'value', minInterval: 1},
    yAxis: {type: 'category', data: operations, inverse: true},
    series: words.STATUS_ORDER.map(status => ({
      name: words.status(status),
      type: 'bar',
      stack: 'benchmarks',
      color: words.STATUS_COLOURS[status],
      data: portfolio.operations.map(o => o.benchmarks[status] || 0)
    }))
  };
}

function table(portfolio) {
  const table = element('table', 'table transitions-table');
  const head = table.createTHead().insertRow();
  [
    'Operation',
    'Status',
    'Stage',
    'Benchmarks off track or at risk',
    'Sites closed',
    'Open escalations',
    'Overdue tasks',
    ''
  ].forEach(title => head.appendChild(element('th', null, title)));
  const body = table.createTBody();
  for (const operation of portfolio.operations) {
    const row = body.insertRow();
    row.dataset.code = operation.code;
    const name = row.insertCell();
    name.appendChild(element('strong', null, operation.code));
    name.appendChild(element('div', 'transitions-name', operation.name));
    row.insertCell().textContent = words.status(operation.status);
    row.insertCell().textContent = words.stage(operation.stage);
    const off = operation.benchmarks.OFF_TRACK || 0;
    const risk = operation.benchmarks.AT_RISK || 0;
    row.insertCell().textContent = `${off} off track, ${risk} at risk`;
    row.insertCell().textContent = operation.sites.total
      ? `${operation.sites.closed} of ${operation.sites.total}`
      : 'No sites';
    row.insertCell().textContent = operation.openEscalations;
    row.insertCell().textContent = operation.overdueTasks;
    const links = row.insertCell();
    if (operation.lifecycle && operation.lifecycle.running) {
      links.appendChild(link(dashboardTab(operation.lifecycle.processInstanceId), 'Dashboard'));
      links.appendChild(document.createTextNode(' · '));
      links.appendChild(link(tasklist(), 'Tasks'));
    } else {
      links.appendChild(element('span', 'transitions-muted', 'Lifecycle ended'));
    }
  }
  return table;
}
