/** Plain words for the contract's feedback topics and statuses, in the page's language. */
import { msg } from '@lit/localize';
import type { Schemas } from '@hpasc/sdk';

type Topic = Schemas['FeedbackTopic'];

/** The contract's topics, in the order a citizen reads them. */
export const topics: readonly Topic[] = ['processing-time', 'staff-attitude', 'procedure-content', 'online-service', 'fees', 'facilities', 'suggestion', 'other'];

export function topicLabel(topic: Topic): string {
  switch (topic) {
    case 'processing-time': return msg('Hồ sơ giải quyết chậm, trễ hẹn', { id: 'feedback.topic.processingTime' });
    case 'staff-attitude': return msg('Thái độ, cách làm việc của cán bộ', { id: 'feedback.topic.staffAttitude' });
    case 'procedure-content': return msg('Quy định, giấy tờ của thủ tục', { id: 'feedback.topic.procedureContent' });
    case 'online-service': return msg('Dịch vụ công trực tuyến', { id: 'feedback.topic.onlineService' });
    case 'fees': return msg('Phí, lệ phí', { id: 'feedback.topic.fees' });
    case 'facilities': return msg('Cơ sở vật chất nơi tiếp nhận', { id: 'feedback.topic.facilities' });
    case 'suggestion': return msg('Kiến nghị, đề xuất cải tiến', { id: 'feedback.topic.suggestion' });
    default: return msg('Việc khác', { id: 'feedback.topic.other' });
  }
}
