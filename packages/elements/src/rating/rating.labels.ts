/**
 * What citizens read for the satisfaction levels and the nine criteria (đánh giá mức độ hài lòng), shared by
 * `<hpasc-rating>` and `<hpasc-rating-summary>`. Functions, not constants: `msg()` answers in the current language.
 */
import { msg } from '@lit/localize';
import type { Schemas } from '@hpasc/sdk';

export type SatisfactionLevel = Schemas['SatisfactionLevel'];
export type CriterionKey = keyof Schemas['CriteriaAverages'];
export type CriterionScore = 0 | 1 | 2;

export const levels: readonly SatisfactionLevel[] = ['very-satisfied', 'satisfied', 'not-satisfied'];

/** The contract's order of the nine criteria (2 points each, 18 in all). */
export const criterionKeys: readonly CriterionKey[] = [
  'totalTime', 'timeAtAgency', 'contacts', 'agenciesContacted', 'oneStopDesk', 'publishedProcedure', 'staffAttitude', 'feedbackHandling', 'onlineService',
];

export const maxScore = 18;
/** DossierRatingInput.comment and PointRatingInput.comment: maxLength in the contract. */
export const commentMaxLength = 1000;

export function levelLabel(level: SatisfactionLevel): string {
  switch (level) {
    case 'very-satisfied': return msg('Rất hài lòng', { id: 'rating.level.verySatisfied' });
    case 'satisfied': return msg('Hài lòng', { id: 'rating.level.satisfied' });
    case 'not-satisfied': return msg('Không hài lòng', { id: 'rating.level.notSatisfied' });
  }
}

export function criterionLabel(key: CriterionKey): string {
  switch (key) {
    case 'totalTime': return msg('Tổng thời gian giải quyết so với thời hạn quy định', { id: 'rating.criterion.totalTime' });
    case 'timeAtAgency': return msg('Thời gian giải quyết tại từng cơ quan', { id: 'rating.criterion.timeAtAgency' });
    case 'contacts': return msg('Số lần phải liên hệ để hoàn thành hồ sơ', { id: 'rating.criterion.contacts' });
    case 'agenciesContacted': return msg('Số cơ quan phải liên hệ', { id: 'rating.criterion.agenciesContacted' });
    case 'oneStopDesk': return msg('Nộp hồ sơ và nhận kết quả tại Bộ phận Một cửa', { id: 'rating.criterion.oneStopDesk' });
    case 'publishedProcedure': return msg('Thủ tục được công khai đầy đủ, rõ ràng', { id: 'rating.criterion.publishedProcedure' });
    case 'staffAttitude': return msg('Thái độ của cán bộ, công chức', { id: 'rating.criterion.staffAttitude' });
    case 'feedbackHandling': return msg('Việc tiếp nhận, xử lý phản ánh, kiến nghị', { id: 'rating.criterion.feedbackHandling' });
    case 'onlineService': return msg('Tiến độ và chất lượng dịch vụ công trực tuyến', { id: 'rating.criterion.onlineService' });
  }
}

export function scoreLabel(score: CriterionScore | undefined): string {
  switch (score) {
    case undefined: return msg('Không đánh giá', { id: 'rating.score.none' });
    case 0: return msg('Chưa tốt (0 điểm)', { id: 'rating.score.zero' });
    case 1: return msg('Đạt (1 điểm)', { id: 'rating.score.one' });
    case 2: return msg('Tốt (2 điểm)', { id: 'rating.score.two' });
  }
}

/** The Intl tag of a widget's language. */
export const intlTag = (locale: 'vi' | 'en') => (locale === 'vi' ? 'vi-VN' : 'en-GB');
