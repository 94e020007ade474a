/**
 * Units, branches and reception points. Units are real (statistics-office codes, `data/hanoi-units-2025.json`);
 * branch 1 and 2 addresses are published (`data/hpasc-points.json`); everything else about branches and
 * points — names of the other branches' points, coordinates, hours, counters — is DEMO DATA, marked so.
 */
import { readFileSync } from 'node:fs';
import type { Schemas } from '@hpasc/sdk';
import { foldForSearch } from '@hpasc/sdk/validators';
import { distanceMeters, formerDistrictCentres, jitter, unitRandom } from './geo.ts';

type Unit = Schemas['Unit'];
type OpeningHours = Schemas['OpeningHours'];

interface SourceUnit {
  code: string;
  name: string;
  type: 'phường' | 'xã';
  formerDistricts: { code: string; name: string }[];
}

export interface PointRecord {
  id: string;
  branchId: string;
  kind: 'branch-office' | 'commune';
  name: string;
  address: string;
  unitCode: string | null;
  lat: number;
  lng: number;
  hours: OpeningHours[];
  sectors: string[];
  phone: string | null;
  counters: number;
  demo: boolean;
}

export interface BranchRecord {
  id: string;
  number: number;
  name: string;
  address: string | null;
  demo: boolean;
}

export function readUnits(): (Unit & { folded: string; centre: [number, number] })[] {
  const file = JSON.parse(readFileSync(new URL('../../data/hanoi-units-2025.json', import.meta.url), 'utf8')) as { units: SourceUnit[] };
  return file.units.map((u) => {
    const formerDistrict = u.formerDistricts[0]?.name ?? null;
    const centre = formerDistrictCentres[formerDistrict ?? ''] ?? formerDistrictCentres['Quận Hoàn Kiếm']!;
    return {
      code: u.code,
      name: u.name,
      kind: u.type === 'phường' ? 'ward' : 'commune',
      formerDistrict,
      folded: foldForSearch(u.name),
      centre: jitter(centre, u.code, u.type === 'phường' ? 1.5 : 4),
    };
  });
}

const officeHours: OpeningHours[] = [
  { days: [1, 2, 3, 4, 5], opens: '08:00', closes: '17:00' },
  { days: [6], opens: '08:00', closes: '12:00' },
];
const communeHours: OpeningHours[] = [{ days: [1, 2, 3, 4, 5], opens: '07:30', closes: '17:00' }];

/** Where the demo branches sit: branch 1 and 2 at their published districts, the others spread over the city. */
const branchDistricts = [
  ['Quận Tây Hồ', 'Quận Ba Đình', 'Quận Hoàn Kiếm'],
  ['Quận Cầu Giấy', 'Quận Đống Đa', 'Quận Thanh Xuân'],
  ['Quận Hai Bà Trưng', 'Quận Hoàng Mai', 'Huyện Thanh Trì'],
  ['Quận Long Biên', 'Huyện Gia Lâm', 'Huyện Đông Anh'],
  ['Quận Hà Đông', 'Huyện Thanh Oai', 'Huyện Chương Mỹ'],
  ['Quận Nam Từ Liêm', 'Quận Bắc Từ Liêm', 'Huyện Hoài Đức'],
  ['Huyện Sóc Sơn', 'Huyện Mê Linh'],
  ['Thị xã Sơn Tây', 'Huyện Ba Vì'],
  ['Huyện Đan Phượng', 'Huyện Phúc Thọ'],
  ['Huyện Quốc Oai', 'Huyện Thạch Thất'],
  ['Huyện Thường Tín', 'Huyện Phú Xuyên'],
  ['Huyện Ứng Hòa', 'Huyện Mỹ Đức'],
] as const;

const publishedAddresses: Record<number, string> = {
  1: 'Tòa nhà liên cơ số 258 Võ Chí Công, phường Xuân La, quận Tây Hồ',
  2: '85 Dịch Vọng Hậu, quận Cầu Giấy',
};

export function buildBranches(units: ReturnType<typeof readUnits>): { branches: BranchRecord[]; points: PointRecord[] } {
  const branches: BranchRecord[] = [];
  const points: PointRecord[] = [];
  branchDistricts.forEach((districts, index) => {
    const number = index + 1;
    const id = `cn-${String(number).padStart(2, '0')}`;
    branches.push({ id, number, name: `Chi nhánh số ${number}`, address: publishedAddresses[number] ?? null, demo: true });
    districts.forEach((district, i) => {
      const [lat, lng] = jitter(formerDistrictCentres[district]!, `${id}-${i}`, 1);
      const place = district.replace(/^(Quận|Huyện|Thị xã) /, '');
      points.push({
        id: `${id}-d${String(i + 1).padStart(2, '0')}`,
        branchId: id,
        kind: 'branch-office',
        name: `Chi nhánh số ${number} — điểm ${place}`,
        address: i === 0 && publishedAddresses[number] ? publishedAddresses[number]! : `Điểm tiếp nhận khu vực ${place} (địa chỉ mô phỏng)`,
        unitCode: null,
        lat,
        lng,
        hours: officeHours,
        sectors: [],
        phone: '024.1022',
        counters: 6 + Math.floor(unitRandom(id + i) * 10),
        demo: true,
      });
    });
  });
  // Each commune-level point belongs to the branch whose nearest office is closest.
  const offices = points.slice();
  for (const unit of units) {
    const [lat, lng] = unit.centre;
    const nearest = offices.reduce((best, p) => (distanceMeters(p, { lat, lng }) < distanceMeters(best, { lat, lng }) ? p : best));
    points.push({
      id: `xa-${unit.code}`,
      branchId: nearest.branchId,
      kind: 'commune',
      name: `Bộ phận một cửa ${unit.name.replace(/^(Phường|Xã) /, (m) => m.toLowerCase())}`,
      address: `Trụ sở Ủy ban nhân dân ${unit.name.replace(/^(Phường|Xã) /, (m) => m.toLowerCase())}, Hà Nội`,
      unitCode: unit.code,
      lat,
      lng,
      hours: communeHours,
      sectors: [],
      phone: null,
      counters: 2 + Math.floor(unitRandom(unit.code) * 4),
      demo: true,
    });
  }
  return { branches, points };
}
