/**
 * @hpasc/sdk/validate — response schemas by operation, for `createClient({ validate: responseValidators })`.
 * A subpath of its own so production bundles that do not check answers leave every schema out.
 */
import * as z from './generated/zod.ts';
import type { ResponseValidators } from './client/core.ts';

export const responseValidators: ResponseValidators = {
  listProcedures: z.zListProceduresResponse, getProcedure: z.zGetProcedureResponse, listSectors: z.zListSectorsResponse,
  listAgencies: z.zListAgenciesResponse, getAgency: z.zGetAgencyResponse, listUnits: z.zListUnitsResponse, getUnit: z.zGetUnitResponse,
  listBranches: z.zListBranchesResponse, getBranch: z.zGetBranchResponse, listPoints: z.zListPointsResponse,
  findNearestPoints: z.zFindNearestPointsResponse, getPoint: z.zGetPointResponse, getPointQueue: z.zGetPointQueueResponse,
  ratePoint: z.zRatePointResponse, createUpload: z.zCreateUploadResponse, getUpload: z.zGetUploadResponse,
  requestVerification: z.zRequestVerificationResponse, checkVerification: z.zCheckVerificationResponse,
  exchangeToken: z.zExchangeTokenResponse, getUserInfo: z.zGetUserInfoResponse, submitDossier: z.zSubmitDossierResponse,
  lookupDossier: z.zLookupDossierResponse, getDossier: z.zGetDossierResponse, listDossierEvents: z.zListDossierEventsResponse,
  supplementDossier: z.zSupplementDossierResponse, withdrawDossier: z.zWithdrawDossierResponse,
  listIssuedDocuments: z.zListIssuedDocumentsResponse, createPayment: z.zCreatePaymentResponse, getPayment: z.zGetPaymentResponse,
  rateDossier: z.zRateDossierResponse, listMyDossiers: z.zListMyDossiersResponse, getRatingSummary: z.zGetRatingSummaryResponse,
  submitFeedback: z.zSubmitFeedbackResponse, lookupFeedback: z.zLookupFeedbackResponse, getServiceStats: z.zGetServiceStatsResponse,
};
