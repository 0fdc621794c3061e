// The transition status report for a day: summary, charts and a table, in words; codes stay in the
// JSON and CSV downloads.

import * as words from './report-words.js';
import * as charts from './report-charts.js';
import * as links from './report-links.js';

const api = '/api/reports/transition-status';
const form = document.getElementById('choose');
const asOf = document.getElementById('asOf');
const find = document.getElementById('find');
const which = document.getElementById('which');
const requested = new URLSearchParams(location.search).get('asOf') || new Date().toISOString().substring(0, 10);
asOf.value = requested;

let report = null;
let filters = {};
let apps = null;
// once per page, whatever the number of operations: which webapps the caller has, and their Tasklist filters
const webappsRead = Promise.all([links.webapps(), links.tasklistFilters()]).then(([found, byName]) => {
  apps = found;
  filters = byName;
  document.querySelectorAll('header nav a[data-app]').forEach(a => { a.hidden = !links.may(apps, a.dataset.app); });
});

function text(value) {
  const span = document.createElement('span');
  span.textContent = value == null ? '' : String(value);
  return span.innerHTML;
}

function downloads(day) {
  document.getElementById('md').href = api + '?format=md&asOf=' + encodeURIComponent(day);
  document.getElementById('csv').href = api + '?format=csv&asOf=' + encodeURIComponent(day);
}

/** The operations the finder and the choice let through. */
function shown() {
  const words = find.value.trim().toLowerCase();
  return report.operations.filter(op => {
    if (words && !(op.code + ' ' + op.name).toLowerCase().includes(words)) {
      return false;
    }
    switch (which.value) {
      case 'IN_TRANSITION':
      case 'TRANSITIONED':
        return op.status === which.value;
      case 'slipping':
        return op.benchmarks.some(b => b.status === 'OFF_TRACK' || b.status === 'AT_RISK');
      default:
        return true;
    }
  });
}

function tile(value, label, kind) {
  return '<div class="tile ' + (kind || '') + '"><strong>' + value + '</strong><span>' + text(label) + '</span></div>';
}

function summary(operations) {
  const benchmarks = operations.flatMap(op => op.benchmarks);
  const count = code => benchmarks.filter(b => b.status === code).length;
  const sites = operations.reduce((sum, op) => sum + op.sites.total, 0);
  const closed = operations.reduce((sum, op) => sum + op.sites.closed, 0);
  document.getElementById('summary').innerHTML =
    tile(operations.filter(op => op.status === 'IN_TRANSITION').length, 'in transition')
    + tile(operations.filter(op => op.status === 'TRANSITIONED').length, 'transitioned, within 24 months')
    + tile(count('OFF_TRACK'), 'benchmarks off track', 'OFF_TRACK')
    + tile(count('AT_RISK'), 'benchmarks at risk', 'AT_RISK')
    + tile(closed + ' of ' + sites, 'sites closed')
    + tile(operations.reduce((sum, op) => sum + op.openEscalations, 0), 'open escalations');
}

function forecast(value) {
  return '<span class="forecast' + (value && value.date ? ' dated' : '') + '">' + text(words.forecast(value)) + '</span>';
}

function row(op) {
  const dashboard = links.may(apps, 'cockpit') ? links.dashboard(op) : null;
  const ended = links.may(apps, 'cockpit') && !dashboard
    ? '<span class="none" title="Cockpit shows running lifecycles only">Lifecycle ended</span> '
    : '';
  const tasks = links.may(apps, 'tasklist')
    ? '<a class="tasks" href="' + text(links.tasks(op.code, filters)) + '">Tasks in Tasklist</a>'
    : '';
  const benchmarks = op.benchmarks.map(b => '<div class="benchmark"><span class="badge ' + text(b.status) + '">'
    + text(words.status(b.status)) + '</span> ' + text(b.code) + ': ' + text(b.title) + ' · ' + forecast(b.forecast)
    + '</div>').join('') || 'None on record';
  return '<tr data-code="' + text(op.code) + '" id="operation-' + text(op.code) + '">'
    + '<td><strong>' + text(op.code) + '</strong><br>' + text(op.name) + '<div class="links">'
    + (dashboard ? '<a class="dashboard" href="' + text(dashboard) + '">Dashboard in Cockpit</a>' : ended)
    + tasks + '</div></td>'
    + '<td class="' + text(op.status) + '">' + text(words.status(op.status)) + '</td>'
    + '<td>' + text(words.day(op.startedOn)) + '</td><td>' + text(words.day(op.completedOn)) + '</td>'
    + '<td>' + text(words.stage(op.stage)) + '</td>'
    + '<td class="number">' + op.sites.closed + ' of ' + op.sites.total + '</td>'
    + '<td>' + (op.lastPbcAdvice ? text(words.day(op.lastPbcAdvice.date)) + ' ' + text(op.lastPbcAdvice.topic) : 'None')
    + '</td><td class="number">' + op.openEscalations + '</td>'
    + '<td class="hrddp">' + text(words.hrddp(op.hrddpScreenings)) + '</td>'
    + '<td>' + benchmarks + '</td>'
    + '<td>' + forecast(op.forecast) + '</td>'
    + '<td>' + (op.status === 'TRANSITIONED' ? text(words.relapse(op.lastRelapseCheck)) : '') + '</td></tr>';
}

function pick(code) {
  const target = document.getElementById('operation-' + code);
  if (!target) {
    return;
  }
  document.querySelectorAll('tr.picked').forEach(picked => picked.classList.remove('picked'));
  target.classList.add('picked');
  target.scrollIntoView({block: 'center'});
}

function render() {
  const operations = shown();
  summary(operations);
  document.getElementById('charts').hidden = false;
  charts.portfolio(document.getElementById('portfolio-chart'), operations);
  charts.readiness(document.getElementById('readiness-chart'), operations, report.asOf);
  charts.statusesPerOperation(document.getElementById('status-chart'), operations, pick);
  charts.drawdown(document.getElementById('sites-chart'), operations, pick);
  const heading = '<h2>Operations <span class="count">' + operations.length + ' of ' + report.operations.length
    + ' shown</span></h2>';
  document.getElementById('report').innerHTML = heading
    + '<table id="operations" data-as-of="' + text(report.asOf) + '"><thead><tr><th>Operation</th><th>Status</th>'
    + '<th>Started</th><th>Completed</th><th>Stage today</th><th>Sites closed</th><th>Latest advice of the'
    + ' Peacebuilding Commission</th><th>Open escalations</th><th>Human rights screenings of receiving units</th>'
    + '<th>Benchmarks and their forecast</th>'
    + '<th>Ready: all benchmarks met</th><th>Latest check for relapse</th></tr></thead><tbody>'
    + operations.map(row).join('') + '</tbody></table>';
}

// the day as asked (a link may carry one the date field cannot hold: the server says what is wrong)
async function show(day) {
  downloads(day);
  const error = document.getElementById('error');
  const target = document.getElementById('report');
  error.textContent = '';
  target.setAttribute('aria-busy', 'true');
  const response = await fetch(api + '?asOf=' + encodeURIComponent(day), {credentials: 'same-origin'});
  target.removeAttribute('aria-busy');
  if (response.status === 401) {
    error.innerHTML = 'You are not signed in. Please sign in to <a href="/camunda/app/cockpit/default/">Cockpit</a>'
      + ' or <a href="/camunda/app/tasklist/default/">Tasklist</a>, then come back to this page.';
    return;
  }
  const body = await response.json();
  if (!response.ok) {
    error.textContent = (body.errors || []).map(e => e.message).join('; ') || ('Error ' + response.status);
    target.innerHTML = '';
    document.getElementById('summary').innerHTML = '';
    document.getElementById('charts').hidden = true;
    return;
  }
  if (body.operations.length === 0) {
    report = null;
    document.getElementById('summary').innerHTML = '';
    document.getElementById('charts').hidden = true;
    target.innerHTML = '<p id="operations" data-as-of="' + text(body.asOf) + '">No operation was in transition,'
      + ' or within 24 months of completing it, on ' + text(words.day(body.asOf)) + '.</p>';
    return;
  }
  report = body;
  await webappsRead;
  render();
}

form.addEventListener('submit', event => {
  event.preventDefault();
  history.replaceState(null, '', '?asOf=' + encodeURIComponent(asOf.value));
  show(asOf.value);
});
find.addEventListener('input', () => report && render());
which.addEventListener('change', () => report && render());
window.addEventListener('resize', () => document.querySelectorAll('[_echarts_instance_]')
  .forEach(element => window.echarts.getInstanceByDom(element).resize()));
// ECharts comes as a deferred classic script: modules run after it, so it is there (or failed) by now
show(requested);
