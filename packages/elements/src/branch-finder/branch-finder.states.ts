/**
 * Every visual state of `<hpasc-branch-finder>` as data — the one list behind its stories and its
 * accessibility tests. Each renders from properties alone (`.preview`); `lang` says which language to show it in.
 *
 * DEMO DATA: the points' coordinates, hours and queues are made up (as the sandbox's are); the communes are real.
 */
import type { Schemas } from '@hpasc/sdk';
import type { BranchFinderPreview, NearestPoint } from './branch-finder.component.ts';

type Point = Schemas['ReceptionPoint'];

const weekdays = { days: [1, 2, 3, 4, 5], opens: '07:30', closes: '17:00' };
const officeHours = [{ days: [1, 2, 3, 4, 5], opens: '08:00', closes: '17:00' }, { days: [6], opens: '08:00', closes: '12:00' }];

const commune = (code: string, name: string, lat: number, lng: number): Point => ({
  id: `xa-${code}`, branchId: 'cn-01', kind: 'commune', name: `Bộ phận một cửa ${name}`, address: `Trụ sở Ủy ban nhân dân ${name}, Hà Nội`,
  unitCode: code, location: { lat, lng }, openingHours: [weekdays], sectors: [], openNow: true, demo: true,
});

const hoanKiem = commune('00070', 'phường Hoàn Kiếm', 21.02944, 105.85284);
const cuaNam = commune('00082', 'phường Cửa Nam', 21.02841, 105.85618);
const office: Point = {
  id: 'cn-01-d03', branchId: 'cn-01', kind: 'branch-office', name: 'Chi nhánh số 1 — điểm Hoàn Kiếm', address: 'Điểm tiếp nhận khu vực Hoàn Kiếm (địa chỉ mô phỏng)',
  unitCode: null, location: { lat: 21.02878, lng: 105.8454 }, openingHours: officeHours, sectors: ['ho-tich', 'chung-thuc', 'dang-ky-quan-ly-cu-tru'],
  phone: '024.1022', openNow: true, demo: true,
};
const farA = commune('09661', 'xã Minh Châu', 21.1975, 105.4089);
const farB = commune('09700', 'xã Ba Vì', 21.1439, 105.3701);

const nearby: NearestPoint[] = [
  { point: hoanKiem, distanceMeters: 182 },
  { point: cuaNam, distanceMeters: 436 },
  { point: office, distanceMeters: 690 },
];
const further: NearestPoint[] = [{ point: farA, distanceMeters: 7340 }, { point: farB, distanceMeters: 9120 }];

const queues: Record<string, Schemas['PointQueue']> = {
  'xa-00070': { pointId: 'xa-00070', waiting: 7, countersOpen: 4, estimatedWaitMinutes: 12, updatedAt: '2025-11-24T09:15:00+07:00' },
  'xa-00082': { pointId: 'xa-00082', waiting: 2, countersOpen: 2, estimatedWaitMinutes: 5, updatedAt: '2025-11-24T09:15:00+07:00' },
  'cn-01-d03': { pointId: 'cn-01-d03', waiting: 15, countersOpen: 3, estimatedWaitMinutes: null, updatedAt: '2025-11-24T09:15:00+07:00' },
};

const sectors = { 'ho-tich': 'Hộ tịch', 'chung-thuc': 'Chứng thực', 'dang-ky-quan-ly-cu-tru': 'Đăng ký, quản lý cư trú' };

const units: Schemas['Unit'][] = [
  { code: '00004', name: 'Phường Ba Đình', kind: 'ward', formerDistrict: 'Quận Ba Đình' },
  { code: '00082', name: 'Phường Cửa Nam', kind: 'ward', formerDistrict: 'Quận Hoàn Kiếm' },
  { code: '00070', name: 'Phường Hoàn Kiếm', kind: 'ward', formerDistrict: 'Quận Hoàn Kiếm' },
  { code: '09661', name: 'Xã Minh Châu', kind: 'commune', formerDistrict: 'Huyện Ba Vì' },
];

/** A Monday morning, and a Sunday, in Hanoi. */
const monday = '2025-11-24T09:15:00+07:00';
const sunday = '2025-11-23T10:00:00+07:00';

const results = (extra: Partial<BranchFinderPreview> = {}): BranchFinderPreview => ({
  phase: 'results', origin: { kind: 'device' }, results: nearby, queues, sectors, units, now: monday, ...extra,
});

export const branchFinderStates: Record<string, BranchFinderPreview> = {
  Start: { phase: 'start', units },
  Locating: { phase: 'locating', units },
  'Location refused': { phase: 'location-failed', locationIssue: 'refused', units },
  'Location unavailable': { phase: 'location-failed', locationIssue: 'unavailable', units },
  'Location outside Hanoi': { phase: 'location-failed', locationIssue: 'outside', units },
  Searching: { phase: 'searching', units, unitCode: '00070' },
  'Results near you': results(),
  'Results, queues loading': results({ queues: {} }),
  'Results for a commune': results({ origin: { kind: 'unit', unitName: 'Phường Hoàn Kiếm' }, unitCode: '00070' }),
  'Results from a typed address': results({
    origin: { kind: 'address', unitName: 'Phường Hoàn Kiếm' }, unitCode: '00070', address: 'Số 1 Đinh Tiên Hoàng, phường Hoàn Kiếm',
  }),
  'Address not recognised': { phase: 'start', units, address: 'Số 12 ngõ 34', addressUnmatched: true },
  'Point chosen': results({ selected: 'xa-00082' }),
  'Closed now (Sunday)': results({ now: sunday }),
  'No point within 5 km': results({ origin: { kind: 'unit', unitName: 'Xã Minh Châu' }, unitCode: '09661', results: further, queues: {} }),
  'Could not search': { phase: 'failed', units, failure: { message: 'Không kết nối được với máy chủ. Hãy kiểm tra kết nối mạng rồi thử lại.', requestId: 'req_0123456789abcdef' } },
  English: results({ lang: 'en' }),
  'English, location refused': { phase: 'location-failed', locationIssue: 'refused', units, lang: 'en' },
};
