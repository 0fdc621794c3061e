// Apache ECharts from its WebJar (served by the application under /webjars), loaded once, drawn as SVG.

import {serverRoot} from './links.js';

const ECHARTS = `${serverRoot}/webjars/echarts/5.3.1/dist/echarts.esm.min.js`;

let library;

function echarts() {
  if (!library) {
    library = import(ECHARTS);
  }
  return library;
}

/** Draws the chart into a new box of the given height inside the parent; the chart, for disposal. */
export async function draw(parent, height, option, label) {
  const box = element('div', 'transitions-chart');
  box.style.height = `${height}px`;
  box.setAttribute('role', 'img');
  box.setAttribute('aria-label', label);
  parent.appendChild(box);
  const lib = await echarts();
  const chart = lib.init(box, null, {renderer: 'svg'});
  chart.setOption({
    // the page's own font, named: ECharts measures its labels by the font's name
    textStyle: {fontFamily: window.getComputedStyle(document.body).fontFamily},
    animation: false,
    ...option
  });
  return chart;
}

/** A DOM element with a class and, optionally, text (never HTML: the data is shown as text). */
export function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  if (text !== undefined && text !== null) {
    node.textContent = text;
  }
  return node;
}

export function link(href, text) {
  const a = element('a', null, text);
  a.href = href;
  return a;
}
