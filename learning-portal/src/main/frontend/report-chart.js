// <report-chart data='{"kind":"bar","categories":[…],"series":[{"name":…,"values":[…]}]}'>: one Apache ECharts
// chart drawn on a canvas from plain data the server sends as JSON. Names (regions, units, exam titles) are user
// text: axis labels and legends are drawn on the canvas as text, and the HTML tooltip is built here with every name
// escaped, never by ECharts' string templates.
import * as echarts from 'echarts/core';
import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

const PALETTE = ['#c23531', '#e98f6f', '#f4c36b', '#fadb5f', '#91cc75', '#5ab1ef', '#2f7f5f', '#6e7074'];

export function escapeHtml(value) {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ({
    '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;',
  }[c]));
}

// Tooltip HTML for one item or an axis' items; only escaped text and a colour dot ever reach innerHTML.
export function formatTooltip(params, percent) {
  const list = Array.isArray(params) ? params : [params];
  if (list.length === 0) {
    return '';
  }
  const head = escapeHtml(list[0].name);
  const lines = list.map((p) => {
    const colour = /^#[0-9a-fA-F]{3,8}$/.test(p.color) ? p.color : '#999';
    const value = typeof p.value === 'number' ? p.value : Number(p.value);
    const shown = Number.isFinite(value) ? value + (percent ? '%' : '') : '';
    const share = p.percent !== undefined ? ` (${Number(p.percent).toFixed(1)}%)` : '';
    return `<span style="display:inline-block;width:8px;height:8px;border-radius:4px;background:${colour}"></span> `
      + `${escapeHtml(p.seriesName)}: ${escapeHtml(shown)}${escapeHtml(share)}`;
  });
  return `${head}<br>${lines.join('<br>')}`;
}

function options(data) {
  const percent = !!data.percent;
  const tooltip = {
    trigger: data.kind === 'pie' ? 'item' : 'axis',
    confine: true,
    formatter: (params) => formatTooltip(params, percent),
  };
  if (data.kind === 'pie') {
    return {
      color: PALETTE.slice(4).concat(PALETTE),
      tooltip,
      legend: { bottom: 0, type: 'scroll' },
      series: [{
        name: data.series[0].name,
        type: 'pie',
        radius: ['35%', '65%'],
        label: { formatter: '{b}: {c}' },
        data: data.categories.map((name, i) => ({ name, value: data.series[0].values[i] })),
      }],
    };
  }
  const stacked = data.kind === 'stacked';
  return {
    color: PALETTE,
    tooltip,
    legend: { top: 0, type: 'scroll' },
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: data.categories, axisLabel: { interval: 0, rotate: data.categories.length > 6 ? 40 : 0 } },
    yAxis: { type: 'value', max: percent ? 100 : null },
    series: data.series.map((s) => ({
      name: s.name,
      type: 'bar',
      stack: stacked ? 'all' : undefined,
      data: s.values,
    })),
  };
}

class ReportChart extends HTMLElement {
  static get observedAttributes() {
    return ['data'];
  }

  static escapeHtml(value) {
    return escapeHtml(value);
  }

  static formatTooltip(params, percent) {
    return formatTooltip(params, percent);
  }

  connectedCallback() {
    if (!this.box) {
      this.box = document.createElement('div');
      this.box.style.width = '100%';
      this.box.style.height = '100%';
      this.appendChild(this.box);
    }
    if (!this.chart) {
      this.chart = echarts.init(this.box);
      this.resizer = new ResizeObserver(() => this.chart && this.chart.resize());
      this.resizer.observe(this);
    }
    this.render();
  }

  disconnectedCallback() {
    if (this.resizer) {
      this.resizer.disconnect();
      this.resizer = null;
    }
    if (this.chart) {
      this.chart.dispose();
      this.chart = null;
    }
  }

  attributeChangedCallback() {
    this.render();
  }

  render() {
    const raw = this.getAttribute('data');
    if (!this.chart || !raw) {
      return;
    }
    this.chart.setOption(options(JSON.parse(raw)), true);
    this.dataset.rendered = String(Number(this.dataset.rendered || 0) + 1);
  }
}

customElements.define('report-chart', ReportChart);
