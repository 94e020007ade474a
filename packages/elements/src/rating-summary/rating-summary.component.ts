import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { consume } from '@lit/context';
import type { Schemas } from '@hpasc/sdk';
import { getRatingSummary, type Core } from '@hpasc/sdk/core';
import { hpascContext, type HpascContextValue } from '../internal/context.ts';
import { tokens } from '../tokens.ts';
import { widgetCore } from '../internal/core.ts';
import { LatestAnswer, type AnswerFailure } from '../internal/latest-answer.ts';
import { barWidth } from '../internal/bar-width.ts';
import { widgetStyles } from '../internal/styles.ts';
import { useLocaleOf } from '../localization.ts';
import type { Locale } from '../internal/locale.ts';
import { criterionKeys, criterionLabel, intlTag, levelLabel, maxScore } from '../rating/rating.labels.ts';
import { styles } from './rating-summary.styles.ts';

type Summary = Schemas['RatingSummary'];
export type RatingSummaryScope = Schemas['StatsScopeKind'];

export type RatingSummaryFailure = AnswerFailure;

/** A state to render from data alone (Storybook, documentation, tests); `lang` says which language to show it in. */
export interface RatingSummaryPreview {
  status: 'loading' | 'loaded' | 'failed';
  summary?: Summary;
  failure?: RatingSummaryFailure;
  lang?: Locale;
}


const levelKeys = [['very-satisfied', 'verySatisfied'], ['satisfied', 'satisfied'], ['not-satisfied', 'notSatisfied']] as const;

/**
 * `<hpasc-rating-summary scope="branch" scope-id="cn-01">` — the public satisfaction figures (kết quả đánh giá
 * mức độ hài lòng) of the whole center, an agency, a branch or a reception point: how many ratings, the share
 * of each level, the satisfaction rate, the average score out of 18 and the average of each criterion. A
 * table first (what screen readers and printouts need), with plain CSS bars beside the shares.
 *
 * @fires hpasc-error - The figures could not be loaded. `detail: { code, requestId }`
 * @csspart base - The widget's frame.
 * @csspart figures - The headline figures (total, satisfaction rate, average score).
 * @csspart levels - The table of levels.
 * @csspart criteria - The table of criteria.
 * @csspart bar - A bar showing a share.
 * @csspart demo - The "simulated figures" flag.
 * @cssprop --hpasc-color-primary - The bars.
 * @cssprop --hpasc-rating-bar-height - Height of the bars (default 12 px).
 */
@localized()
export class HpascRatingSummary extends LitElement {
  static override styles = [tokens, widgetStyles, styles];

  /** `city` (the whole center), `agency`, `branch` or `point`. */
  @property() scope: RatingSummaryScope = 'city';
  /** The agency, branch or point id; needed unless `scope` is `city`. */
  @property({ attribute: 'scope-id' }) scopeId = '';
  /** First day counted (YYYY-MM-DD); by default twelve months back. */
  @property() from = '';
  /** Last day counted (YYYY-MM-DD); by default today. */
  @property() to = '';
  /** The site's publishable key (with `base-url`), unless a `core` or a surrounding `<hpasc-provider>` is given. */
  @property({ attribute: 'api-key' }) apiKey = '';
  @property({ attribute: 'base-url' }) baseUrl = '';
  /** An SDK core (`createCore` from `@hpasc/sdk/core`) to use instead of `api-key` and `base-url`. */
  @property({ attribute: false }) core?: Core;
  /** A state to render from data alone, without a server (see `RatingSummaryPreview`). */
  @property({ attribute: false }) preview?: RatingSummaryPreview;

  @consume({ context: hpascContext, subscribe: true })
  @state() private provided?: HpascContextValue;

  private readonly answer = new LatestAnswer<Summary>(this, () => msg('Đã có lỗi xảy ra. Vui lòng thử lại.', { id: 'error.generic' }));
  @state() private locale: Locale = 'vi';


  override connectedCallback(): void {
    super.connectedCallback();
    void useLocaleOf(this).then((locale) => { this.locale = locale; });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('preview') && this.preview) {
      this.answer.show(this.preview.status, this.preview.summary ?? null, this.preview.failure ?? null);
      return;
    }
    if (this.preview || !(this.core || this.provided || this.apiKey)) return;
    const asked = ['scope', 'scopeId', 'from', 'to', 'core', 'apiKey', 'baseUrl', 'provided'].some((k) => (changed as Map<PropertyKey, unknown>).has(k));
    if (asked) void this.load();
  }

  private sdk(): Core {
    return widgetCore(this, this.provided);
  }

  private load(): Promise<void> {
    const query = {
      scope: this.scope,
      ...(this.scope !== 'city' && this.scopeId ? { id: this.scopeId } : {}),
      ...(this.from ? { from: this.from } : {}),
      ...(this.to ? { to: this.to } : {}),
    };
    return this.answer.load(() => getRatingSummary(this.sdk(), query));
  }

  // --- numbers, in the widget's language ---------------------------------------------------------------

  private format(value: number, options: Intl.NumberFormatOptions = {}): string {
    return new Intl.NumberFormat(intlTag(this.locale), options).format(value);
  }

  private percent(value: number): string {
    return this.format(value, { style: 'percent', maximumFractionDigits: 1 });
  }

  private average(value: number | null): string {
    return value === null ? '—' : this.format(value, { minimumFractionDigits: 1, maximumFractionDigits: 2 });
  }

  private date(iso: string): string {
    return new Intl.DateTimeFormat(intlTag(this.locale), { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date(`${iso}T12:00:00+07:00`));
  }

  // --- rendering -------------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    return html`<section part="base" class="summary-widget" lang=${this.locale} aria-labelledby="title">${this.renderBody()}</section>`;
  }

  private renderBody(): TemplateResult {
    const title = html`<h2 id="title">${msg('Kết quả đánh giá mức độ hài lòng', { id: 'ratingSummary.title' })}</h2>`;
    const { status, value: summary, failure } = this.answer;
    if (status === 'loading' || (status === 'loaded' && !summary)) {
      return html`${title}<p role="status">${msg('Đang tải số liệu…', { id: 'ratingSummary.loading' })}</p>`;
    }
    if (status === 'failed') {
      return html`${title}<div class="notice failure" role="alert">
        <p>${failure?.message}</p>
        ${failure?.requestId ? html`<p>${msg(str`Mã yêu cầu: ${failure.requestId}. Đường dây hỗ trợ: 024.1022.`, { id: 'error.requestId' })}</p>` : nothing}
      </div>
      ${this.preview ? nothing : html`<button type="button" @click=${() => void this.load()}>${msg('Thử lại', { id: 'action.retry' })}</button>`}`;
    }
    const s = summary!;
    const header = html`${title}
      <p class="scope">${s.scope.name} · ${msg(str`từ ${this.date(s.from)} đến ${this.date(s.to)}`, { id: 'ratingSummary.period' })}</p>
      ${s.demo ? html`<p class="demo" part="demo">${msg('Số liệu mô phỏng', { id: 'ratingSummary.demo' })}</p>` : nothing}`;
    if (!s.total) return html`${header}<p class="empty">${msg('Chưa có lượt đánh giá nào trong khoảng thời gian này.', { id: 'ratingSummary.empty' })}</p>`;
    return html`${header}
      <dl class="figures" part="figures">
        <div><dt>${msg('Tổng số lượt đánh giá', { id: 'ratingSummary.total' })}</dt><dd class="total">${this.format(s.total)}</dd></div>
        <div><dt>${msg('Tỷ lệ hài lòng', { id: 'ratingSummary.rate' })}</dt><dd class="rate">${s.satisfactionRate === null ? '—' : this.percent(s.satisfactionRate)}</dd></div>
        <div><dt>${msg('Điểm trung bình', { id: 'ratingSummary.average' })}</dt><dd class="score">${s.averageScore === null ? '—'
          : msg(str`${this.average(s.averageScore)} / ${maxScore}`, { id: 'ratingSummary.averageOf' })}</dd></div>
      </dl>
      <p class="help">${msg('Tỷ lệ hài lòng gồm các lượt “Rất hài lòng” và “Hài lòng”.', { id: 'ratingSummary.rateHelp' })}</p>
      <table part="levels" class="levels">
        <caption>${msg('Số lượt theo mức độ hài lòng', { id: 'ratingSummary.levelsCaption' })}</caption>
        <thead><tr>
          <th scope="col">${msg('Mức độ', { id: 'ratingSummary.level' })}</th>
          <th scope="col" class="num">${msg('Số lượt', { id: 'ratingSummary.count' })}</th>
          <th scope="col" class="num">${msg('Tỷ lệ', { id: 'ratingSummary.share' })}</th>
        </tr></thead>
        <tbody>${levelKeys.map(([level, key]) => {
          const share = s.levels[key] / s.total;
          return html`<tr class=${level}>
            <th scope="row">${levelLabel(level)}</th>
            <td class="num">${this.format(s.levels[key])}</td>
            <td class="num share"><span class="bar" part="bar" aria-hidden="true"><span ${barWidth(share)}></span></span>${this.percent(share)}</td>
          </tr>`;
        })}</tbody>
      </table>
      <table part="criteria" class="criteria">
        <caption>${msg('Điểm trung bình theo tiêu chí (tối đa 2 điểm mỗi tiêu chí)', { id: 'ratingSummary.criteriaCaption' })}</caption>
        <thead><tr>
          <th scope="col">${msg('Tiêu chí', { id: 'ratingSummary.criterion' })}</th>
          <th scope="col" class="num">${msg('Điểm trung bình', { id: 'ratingSummary.average' })}</th>
        </tr></thead>
        <tbody>${criterionKeys.map((key) => {
          const value = s.criteriaAverages[key];
          return html`<tr data-criterion=${key}>
            <th scope="row">${criterionLabel(key)}</th>
            <td class="num share">${value === null ? nothing : html`<span class="bar" part="bar" aria-hidden="true"><span ${barWidth(value / 2)}></span></span>`}${this.average(value)}</td>
          </tr>`;
        })}</tbody>
      </table>`;
  }
}
