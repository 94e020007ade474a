/**
 * DEMO DATA. Approximate centres of Hanoi's 30 former districts (before 1 July 2025), used only to place the
 * sandbox's reception points plausibly on a map. They are not survey data; every point built from them is
 * marked `demo: true`.
 */
export const formerDistrictCentres: Record<string, [lat: number, lng: number]> = {
  'Quận Ba Đình': [21.0341, 105.8142],
  'Quận Hoàn Kiếm': [21.0288, 105.8525],
  'Quận Tây Hồ': [21.07, 105.818],
  'Quận Long Biên': [21.0467, 105.8886],
  'Quận Cầu Giấy': [21.0362, 105.7906],
  'Quận Đống Đa': [21.0181, 105.829],
  'Quận Hai Bà Trưng': [21.0059, 105.8572],
  'Quận Hoàng Mai': [20.9745, 105.863],
  'Quận Thanh Xuân': [20.9937, 105.8115],
  'Huyện Sóc Sơn': [21.26, 105.85],
  'Huyện Đông Anh': [21.14, 105.85],
  'Huyện Gia Lâm': [21.02, 105.94],
  'Quận Nam Từ Liêm': [21.012, 105.765],
  'Huyện Thanh Trì': [20.94, 105.85],
  'Quận Bắc Từ Liêm': [21.07, 105.76],
  'Huyện Mê Linh': [21.18, 105.72],
  'Quận Hà Đông': [20.9714, 105.7788],
  'Thị xã Sơn Tây': [21.138, 105.505],
  'Huyện Ba Vì': [21.199, 105.423],
  'Huyện Phúc Thọ': [21.109, 105.55],
  'Huyện Đan Phượng': [21.086, 105.67],
  'Huyện Hoài Đức': [21.025, 105.7],
  'Huyện Quốc Oai': [20.992, 105.64],
  'Huyện Thạch Thất': [21.022, 105.55],
  'Huyện Chương Mỹ': [20.918, 105.705],
  'Huyện Thanh Oai': [20.86, 105.77],
  'Huyện Thường Tín': [20.83, 105.86],
  'Huyện Phú Xuyên': [20.74, 105.9],
  'Huyện Ứng Hòa': [20.72, 105.77],
  'Huyện Mỹ Đức': [20.68, 105.73],
};

/** A deterministic pseudo-random number in [0, 1) from a string (FNV-1a), so the seed is repeatable. */
export function unitRandom(seed: string): number {
  let hash = 0x811c9dc5;
  for (const ch of seed) hash = Math.imul(hash ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return hash / 0x1_0000_0000;
}

/** Moves a point by up to `km` in a seeded direction. */
export function jitter([lat, lng]: [number, number], seed: string, km: number): [number, number] {
  const angle = unitRandom(`${seed}:a`) * 2 * Math.PI;
  const distance = unitRandom(`${seed}:d`) * km;
  const dLat = (distance / 111.32) * Math.cos(angle);
  const dLng = (distance / (111.32 * Math.cos((lat * Math.PI) / 180))) * Math.sin(angle);
  return [Number((lat + dLat).toFixed(5)), Number((lng + dLng).toFixed(5))];
}

/** Great-circle distance in metres. */
export function distanceMeters(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return Math.round(2 * 6_371_000 * Math.asin(Math.sqrt(h)));
}
