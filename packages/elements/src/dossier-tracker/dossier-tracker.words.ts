/**
 * A dossier's status (TrangThaiHoSo 1–10) and its timeline's events in plain words, as a citizen would say
 * them; the official names live in the contract.
 */
import { msg } from '@lit/localize';
import type { Schemas } from '@hpasc/sdk';

export function statusWords(status: Schemas['DossierStatus']): { title: string; detail: string } {
  switch (status) {
    case 1: return { title: msg('Đã gửi, đang chờ tiếp nhận', { id: 'status.1' }), detail: msg('Cán bộ sẽ kiểm tra hồ sơ và gửi giấy tiếp nhận kèm ngày hẹn trả kết quả.', { id: 'status.1.detail' }) };
    case 2: return { title: msg('Đã được tiếp nhận', { id: 'status.2' }), detail: msg('Hồ sơ đủ điều kiện và đã được chuyển tới cơ quan giải quyết.', { id: 'status.2.detail' }) };
    case 3: return { title: msg('Không được tiếp nhận', { id: 'status.3' }), detail: msg('Hồ sơ không được tiếp nhận vì những lý do dưới đây.', { id: 'status.3.detail' }) };
    case 4: return { title: msg('Đang được giải quyết', { id: 'status.4' }), detail: msg('Cơ quan có thẩm quyền đang xem xét hồ sơ.', { id: 'status.4.detail' }) };
    case 5: return { title: msg('Cần bổ sung giấy tờ', { id: 'status.5' }), detail: msg('Hồ sơ cần thêm giấy tờ; thời hạn tạm dừng tới khi bạn bổ sung.', { id: 'status.5.detail' }) };
    case 6: return { title: msg('Cần nộp phí, lệ phí', { id: 'status.6' }), detail: msg('Hồ sơ sẽ được giải quyết tiếp sau khi bạn nộp phí, lệ phí.', { id: 'status.6.detail' }) };
    case 7: return { title: msg('Đã rút hồ sơ', { id: 'status.7' }), detail: msg('Hồ sơ đã được rút theo yêu cầu của bạn và không được giải quyết tiếp.', { id: 'status.7.detail' }) };
    case 8: return { title: msg('Đã dừng giải quyết', { id: 'status.8' }), detail: msg('Cơ quan giải quyết đã dừng xử lý hồ sơ vì những lý do dưới đây.', { id: 'status.8.detail' }) };
    case 9: return { title: msg('Đã có kết quả', { id: 'status.9' }), detail: msg('Kết quả đã sẵn sàng để trả cho bạn.', { id: 'status.9.detail' }) };
    case 10: return { title: msg('Đã trả kết quả', { id: 'status.10' }), detail: msg('Bạn đã nhận kết quả. Hãy cho chúng tôi biết mức độ hài lòng của bạn.', { id: 'status.10.detail' }) };
  }
}

export function eventWords(kind: Schemas['DossierEventKind']): string {
  switch (kind) {
    case 'submitted': return msg('Nộp hồ sơ', { id: 'event.submitted' });
    case 'accepted': return msg('Tiếp nhận hồ sơ', { id: 'event.accepted' });
    case 'refused': return msg('Từ chối tiếp nhận hồ sơ', { id: 'event.refused' });
    case 'processing-started': return msg('Bắt đầu giải quyết', { id: 'event.processingStarted' });
    case 'transferred': return msg('Chuyển hồ sơ', { id: 'event.transferred' });
    case 'supplement-requested': return msg('Yêu cầu bổ sung giấy tờ', { id: 'event.supplementRequested' });
    case 'supplement-received': return msg('Nhận giấy tờ bổ sung', { id: 'event.supplementReceived' });
    case 'payment-requested': return msg('Yêu cầu nộp phí, lệ phí', { id: 'event.paymentRequested' });
    case 'payment-received': return msg('Đã nhận phí, lệ phí', { id: 'event.paymentReceived' });
    case 'withdrawn': return msg('Rút hồ sơ', { id: 'event.withdrawn' });
    case 'stopped': return msg('Dừng giải quyết', { id: 'event.stopped' });
    case 'resolved': return msg('Giải quyết xong', { id: 'event.resolved' });
    case 'returned': return msg('Trả kết quả', { id: 'event.returned' });
    case 'apology-issued': return msg('Gửi văn bản xin lỗi và hẹn lại ngày trả', { id: 'event.apologyIssued' });
    case 'rated': return msg('Đánh giá mức độ hài lòng', { id: 'event.rated' });
  }
}
