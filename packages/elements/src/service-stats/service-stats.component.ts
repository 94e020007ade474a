import { html, LitElement, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { consume } from '@lit/context';
import type { Schemas } from '@hpasc/sdk';
import { getServiceStats, type Core } from '@hpasc/sdk/core';
import { hpascContext, type HpascContextValue } from '../internal/context.ts';
import { widgetCore } from '../internal/core.ts';
import { LatestAnswer, type AnswerFailure } from '../internal/latest-answer.ts';
import { tokens } from '../tokens.ts';
import { widgetStyles } from '../internal/styles.ts';
import { useLocaleOf } from '../localization.ts';
import type { Locale } from '../internal/locale.ts';
import { intlTag } from '../rating/rating.labels.ts';
import { styles } from './service-stats.styles.ts';

type Stats = Schemas['ServiceStats'];
type Figures = Schemas['StatsFigures'];
export type ServiceStatsScope = Schemas['StatsScopeKind'];
export type ServiceStatsGranularity = Stats['granularity'];

export type ServiceStatsFailure = AnswerFailure;

/** A state to render from data alone (Storybook, documentation, tests); `lang` says which language to show it in. */
export interface ServiceStatsPreview {
  status: 'loading' | 'loaded' | 'failed';
  stats?: Stats;
  failure?: ServiceStatsFailure;
  lang?: Locale;
}

/** An indicator the widget charts: a count, or a rate from 0 to 1. */
interface Indicator {
  key: 'received' | 'resolved' | 'onTimeRate' | 'onlineRate' | 'satisfactionRate';
  kind: 'count' | 'rate';
  label: () => string;
  help: () => string;
}

const indicators: Indicator[] = [
  { key: 'received', kind: 'count', label: () => msg('Hồ sơ tiếp nhận', { id: 'serviceStats.received' }),
    help: () => msg('Số hồ sơ nộp trực tiếp, trực tuyến và qua bưu chính công ích.', { id: 'serviceStats.receivedHelp' }) },
  { key: 'resolved', kind: 'count', label: () => msg('Hồ sơ đã giải quyết', { id: 'serviceStats.resolved' }),
    help: () => msg('Số hồ sơ đã có kết quả trong kỳ.', { id: 'serviceStats.resolvedHelp' }) },
  { key: 'onTimeRate', kind: 'rate', label: () => msg('Tỷ lệ giải quyết đúng hạn', { id: 'serviceStats.onTimeRate' }),
    help: () => msg('Số hồ sơ giải quyết đúng hạn trên số hồ sơ đã giải quyết.', { id: 'serviceStats.onTimeHelp' }) },
  { key: 'onlineRate', kind: 'rate', label: () => msg('Tỷ lệ hồ sơ trực tuyến', { id: 'serviceStats.onlineRate' }),
    help: () => msg('Số hồ sơ nộp trực tuyến trên số hồ sơ tiếp nhận.', { id: 'serviceStats.onlineHelp' }) },
  { key: 'satisfactionRate', kind: 'rate', label: () => msg('Tỷ lệ hài lòng', { id: 'serviceStats.satisfactionRate' }),
    help: () => msg('Số lượt “Rất hài lòng” và “Hài lòng” trên tổng số lượt đánh giá.', { id: 'serviceStats.satisfactionHelp' }) },
];

/**
 * An indicator's value. The on-time and online rates are worked out from their counts, as the contract defines
 * them: the API rounds rates to four decimals, and rounding that again to one decimal of a percent can be off by
 * 0.1 (6/11 is 54.5 %, but 0.5455 shows as 54.6 %). Satisfaction has no count of satisfied ratings, so it is the API's.
 */
function valueOf(indicator: Indicator, figures: Figures): number | null {
  if (indicator.key === 'onTimeRate') return figures.resolved ? figures.resolvedOnTime / figures.resolved : null;
  if (indicator.key === 'onlineRate') return figures.received ? figures.onlineReceived / figures.received : null;
  return figures[indicator.key];
}

/** The drawing's own coordinates; the SVG stretches to the card's width (bars only, no text inside to distort). */
const chartWidth = 300;
const chartHeight = 100;

/** A round upper bound for a count axis: 1, 2 or 5 times a power of ten. */
function axisMax(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 5, 10].map((m) => m * power).find((bound) => bound >= value)!;
}

/**
 * `<hpasc-service-stats scope="branch" scope-id="cn-01">` — the public service indicators (chỉ số phục vụ người
 * dân, doanh nghiệp) of the whole center, an agency, a branch or a reception point for a period: dossiers
 * received and resolved, the on-time rate, the online rate and satisfaction. Each indicator is a small SVG bar
 * chart, one bar per month (or quarter, or year), drawn by hand, with the same numbers in a table under it.
 *
 * @fires hpasc-error - The figures could not be loaded. `detail: { code, requestId }`
 * @csspart base - The widget's frame.
 * @csspart indicator - One indicator: its name, its figure for the whole period, its chart and its table.
 * @csspart figure - The figure of an indicator for the whole period.
 * @csspart chart - An indicator's SVG chart.
 * @csspart table - An indicator's table, under the "show as a table" disclosure.
 * @csspart demo - The "simulated figures" flag.
 * @csspart retry - The "try again" button.
 * @cssprop --hpasc-color-primary - The bars.
 * @cssprop --hpasc-stats-chart-height - Height of the charts (default 96 px).
 */
@localized()
export class HpascServiceStats extends LitElement {
  static override styles = [tokens, widgetStyles, styles];

  /** `city` (the whole center), `agency`, `branch` or `point`. */
  @property() scope: ServiceStatsScope = 'city';
  /** The agency, branch or point id; needed unless `scope` is `city`. */
  @property({ attribute: 'scope-id' }) scopeId = '';
  /** First day counted (YYYY-MM-DD); by default about twelve months back. */
  @property() from = '';
  /** Last day counted (YYYY-MM-DD); by default today. */
  @property() to = '';
  /** One bar per `month` (default), `quarter` or `year`. */
  @property() granularity: ServiceStatsGranularity = 'month';
  /** The site's publishable key (with `base-url`), unless a `core` or a surrounding `<hpasc-provider>` is given. */
  @property({ attribute: 'api-key' }) apiKey = '';
  @property({ attribute: 'base-url' }) baseUrl = '';
  /** An SDK core (`createCore` from `@hpasc/sdk/core`) to use instead of `api-key` and `base-url`. */
  @property({ attribute: false }) core?: Core;
  /** A state to render from data alone, without a server (see `ServiceStatsPreview`). */
  @property({ attribute: false }) preview?: ServiceStatsPreview;

  @consume({ context: hpascContext, subscribe: true })
  @state() private provided?: HpascContextValue;

  @state() private locale: Locale = 'vi';
  private readonly answer = new LatestAnswer<Stats>(this, () => msg('Đã có lỗi xảy ra. Vui lòng thử lại.', { id: 'error.generic' }));

  override connectedCallback(): void {
    super.connectedCallback();
    void useLocaleOf(this).then((locale) => { this.locale = locale; });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('preview') && this.preview) {
      this.answer.show(this.preview.status, this.preview.stats ?? null, this.preview.failure ?? null);
      return;
    }
    if (this.preview || !(this.core || this.provided || this.apiKey)) return;
    const asked = ['scope', 'scopeId', 'from', 'to', 'granularity', 'core', 'apiKey', 'baseUrl', 'provided'].some((k) => (changed as Map<PropertyKey, unknown>).has(k));
    if (asked) void this.load();
  }

  private sdk(): Core {
    return widgetCore(this, this.provided);
  }

  private load(): Promise<void> {
    const query = {
      scope: this.scope,
      granularity: this.granularity,
      ...(this.scope !== 'city' && this.scopeId ? { id: this.scopeId } : {}),
      ...(this.from ? { from: this.from } : {}),
      ...(this.to ? { to: this.to } : {}),
    };
    return this.answer.load(() => getServiceStats(this.sdk(), query));
  }

  private retry(): void {
    if (this.preview) return;
    void this.load();
  }

  // --- numbers and periods, in the widget's language ---------------------------------------------------

  private count(value: number): string {
    return new Intl.NumberFormat(intlTag(this.locale)).format(value);
  }

  private rate(value: number | null): string {
    return value === null ? '—' : new Intl.NumberFormat(intlTag(this.locale), { style: 'percent', maximumFractionDigits: 1 }).format(value);
  }

  private value(indicator: Indicator, figures: Figures): string {
    return indicator.kind === 'count' ? this.count(figures[indicator.key] ?? 0) : this.rate(valueOf(indicator, figures));
  }

  private date(iso: string): string {
    return new Intl.DateTimeFormat(intlTag(this.locale), { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date(`${iso}T12:00:00+07:00`));
  }

  /** `2025-10` → "tháng 10, 2025" (10/2025), `2025-Q4` → "Quý 4/2025" (Q4 2025), `2025` → "2025". */
  private periodLabel(period: string): string {
    const [year, part] = period.split('-');
    if (!part) return year!;
    if (part.startsWith('Q')) return msg(str`Quý ${part.slice(1)}/${year}`, { id: 'serviceStats.quarter' });
    return new Intl.DateTimeFormat(intlTag(this.locale), { month: 'numeric', year: 'numeric', timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date(`${period}-15T12:00:00+07:00`));
  }

  // --- rendering -------------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    return html`<section part="base" class="stats-widget" lang=${this.locale} aria-labelledby="title">${this.renderBody()}</section>`;
  }

  private renderBody(): TemplateResult {
    const title = html`<h2 id="title">${msg('Chỉ số phục vụ người dân, doanh nghiệp', { id: 'serviceStats.title' })}</h2>`;
    const { status, value: stats, failure } = this.answer;
    if (status === 'loading' || (status === 'loaded' && !stats)) {
      return html`${title}<p role="status">${msg('Đang tải số liệu…', { id: 'serviceStats.loading' })}</p>`;
    }
    if (status === 'failed') {
      return html`${title}<div class="notice failure" role="alert">
        <p>${failure?.message}</p>
        ${failure?.requestId ? html`<p>${msg(str`Mã yêu cầu: ${failure.requestId}. Đường dây hỗ trợ: 024.1022.`, { id: 'error.requestId' })}</p>` : nothing}
      </div>
      <button type="button" part="retry" @click=${this.retry}>${msg('Thử lại', { id: 'action.retry' })}</button>`;
    }
    const s = stats!;
    const header = html`${title}
      <p class="scope">${s.scope.name} · ${msg(str`từ ${this.date(s.from)} đến ${this.date(s.to)}`, { id: 'serviceStats.period' })}</p>
      ${s.demo ? html`<p class="demo" part="demo">${msg('Số liệu mô phỏng', { id: 'serviceStats.demo' })}</p>` : nothing}`;
    if (!s.totals.received && !s.totals.resolved) {
      return html`${header}<p class="empty">${msg('Không có hồ sơ nào được tiếp nhận hoặc giải quyết trong khoảng thời gian này.', { id: 'serviceStats.empty' })}</p>`;
    }
    return html`${header}<div class="indicators">${indicators.map((indicator) => this.renderIndicator(indicator, s))}</div>`;
  }

  private renderIndicator(indicator: Indicator, s: Stats): TemplateResult {
    const id = indicator.key;
    const first = s.periods[0];
    const last = s.periods[s.periods.length - 1];
    return html`<section class="indicator" part="indicator" data-indicator=${id} aria-labelledby="${id}-name">
      <h3 id="${id}-name">${indicator.label()}</h3>
      <p class="figure" part="figure">${this.value(indicator, s.totals)}</p>
      <p class="help">${indicator.help()}${id === 'satisfactionRate'
        ? html` ${msg(str`${this.count(s.totals.ratings)} lượt đánh giá.`, { id: 'serviceStats.ratings' })}` : nothing}</p>
      ${s.periods.length ? html`${this.renderChart(indicator, s)}
        <p class="axis" aria-hidden="true"><span>${this.periodLabel(first!.period)}</span>${s.periods.length > 1 ? html`<span>${this.periodLabel(last!.period)}</span>` : nothing}</p>
        <details>
          <summary>${msg('Xem dạng bảng', { id: 'serviceStats.showTable' })}<span class="visually-hidden">: ${indicator.label()}</span></summary>
          ${this.renderTable(indicator, s)}
        </details>` : nothing}
    </section>`;
  }

  /** Bars over a baseline; each bar carries its period and value as a `<title>` (a tooltip), the table carries them for everyone. */
  private renderChart(indicator: Indicator, s: Stats): TemplateResult {
    const id = indicator.key;
    const values = s.periods.map((p) => valueOf(indicator, p.figures));
    const max = indicator.kind === 'rate' ? 1 : axisMax(Math.max(0, ...values.map((v) => v ?? 0)));
    const slot = chartWidth / values.length;
    const barWidth = Math.max(slot * 0.7, 1);
    const title = indicator.kind === 'rate'
      ? msg(str`${indicator.label()} theo kỳ, thang từ 0 đến ${this.rate(1)}.`, { id: 'serviceStats.chartRate' })
      : msg(str`${indicator.label()} theo kỳ, thang từ 0 đến ${this.count(max)}.`, { id: 'serviceStats.chartCount' });
    return html`<svg part="chart" class="chart" role="img" aria-labelledby="${id}-chart-title ${id}-chart-desc" viewBox="0 0 ${chartWidth} ${chartHeight}" preserveAspectRatio="none" focusable="false">
      ${svg`<title id="${id}-chart-title">${title}</title>
      <desc id="${id}-chart-desc">${msg('Số liệu của từng kỳ có trong bảng ngay dưới biểu đồ.', { id: 'serviceStats.chartDesc' })}</desc>
      <line class="grid" x1="0" x2=${chartWidth} y1="0.5" y2="0.5"></line>
      ${s.periods.map((p, i) => {
        const value = values[i] ?? null;
        const height = value === null ? 0 : (value / max) * chartHeight;
        return svg`<g class="bar" data-period=${p.period}>
          <title>${this.periodLabel(p.period)}: ${this.value(indicator, p.figures)}</title>
          <rect class="hit" x=${(i * slot).toFixed(2)} y="0" width=${slot.toFixed(2)} height=${chartHeight}></rect>
          ${value === null ? nothing : svg`<rect class="fill" x=${(i * slot + (slot - barWidth) / 2).toFixed(2)} y=${(chartHeight - height).toFixed(2)} width=${barWidth.toFixed(2)} height=${height.toFixed(2)}></rect>`}
        </g>`;
      })}
      <line class="baseline" x1="0" x2=${chartWidth} y1=${chartHeight - 0.5} y2=${chartHeight - 0.5}></line>`}
    </svg>`;
  }

  private renderTable(indicator: Indicator, s: Stats): TemplateResult {
    return html`<table part="table">
      <caption>${msg(str`${indicator.label()} theo kỳ`, { id: 'serviceStats.tableCaption' })}</caption>
      <thead><tr>
        <th scope="col">${msg('Kỳ', { id: 'serviceStats.periodColumn' })}</th>
        <th scope="col" class="num">${indicator.label()}</th>
      </tr></thead>
      <tbody>${s.periods.map((p) => html`<tr data-period=${p.period}>
        <th scope="row">${this.periodLabel(p.period)}</th>
        <td class="num">${this.value(indicator, p.figures)}</td>
      </tr>`)}</tbody>
      <tfoot><tr>
        <th scope="row">${msg('Cả khoảng thời gian', { id: 'serviceStats.total' })}</th>
        <td class="num">${this.value(indicator, s.totals)}</td>
      </tr></tfoot>
    </table>`;
  }
}
