/**
 * Test citizens of the sandbox's fake identity provider (VNeID stand-in). DEMO DATA: made-up people whose
 * ID numbers follow the CCCD layout (001 = Hà Nội, gender/century digit, year of birth) but belong to no one.
 */
import type { Schemas } from '@hpasc/sdk';

export const testCitizens: readonly Schemas['CitizenClaims'][] = [
  { sub: 'demo-citizen-01', name: 'Nguyễn Thị Lan', citizenId: '001185012345', birthDate: '1985-04-12', gender: 'female', phone: '0912000001', email: 'lan.demo@example.com', demo: true },
  { sub: 'demo-citizen-02', name: 'Trần Văn Minh', citizenId: '001062004321', birthDate: '1962-09-02', gender: 'male', phone: '0987000002', demo: true },
  { sub: 'demo-citizen-03', name: 'Lê Hoàng Anh', citizenId: '001201007788', birthDate: '2001-11-20', gender: 'male', phone: '0356000003', demo: true },
];

export function citizenBySub(sub: string): Schemas['CitizenClaims'] | undefined {
  return testCitizens.find((c) => c.sub === sub);
}
