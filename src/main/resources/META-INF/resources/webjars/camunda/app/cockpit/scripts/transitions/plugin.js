// Cockpit's "Transitions" plugins (the frontend plugin API of Camunda 7.14+), registered in
// scripts/config.js: a panel on the dashboard, a tab on every process instance of an operation, and
// a header link to the transition status report. Their data comes from the project's read-only
// /api/dashboard, for transition managers and administrators.

import {link} from './charts.js';
import {reportPage} from './links.js';
import {renderOperation} from './operation.js';
import {renderPortfolio} from './portfolio.js';

/** Charts hold listeners and timers: each plugin disposes of its own when Cockpit unmounts it. */
function disposable(render) {
  let drawn = Promise.resolve([]);
  return {
    render: (...args) => {
      drawn = render(...args);
    },
    unmount: () => drawn.then(charts => charts.forEach(chart => chart.dispose()))
  };
}

export default [
  {
    id: 'transitions-dashboard',
    pluginPoint: 'cockpit.dashboard',
    priority: 100,
    ...disposable(node => renderPortfolio(node)),
    properties: {label: 'Transitions'}
  },
  {
    id: 'transition-dashboard',
    pluginPoint: 'cockpit.processInstance.runtime.tab',
    priority: 20,
    ...disposable((node, {api, processInstanceId}) => renderOperation(node, api, processInstanceId)),
    properties: {label: 'Transition dashboard'}
  },
  {
    id: 'transition-status-report',
    pluginPoint: 'cockpit.navigation',
    priority: 10,
    render: node => {
      const report = link(reportPage(), 'Status report');
      report.title = 'The transition status report (resolution 2594): every operation in transition or in its 24 months after';
      node.appendChild(report);
    },
    properties: {label: 'Status report'}
  }
];
