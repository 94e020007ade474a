/**
 * `createClient`: the whole API as resource groups (`client.dossiers.submit(…)`), a thin layer over the
 * one-function-per-operation modules. Bundles that need only a few operations can import those functions
 * with `createCore` from `@hpasc/sdk/core` instead.
 */
import { createCore, type ClientOptions, type RequestOptions } from './core.ts';
import { LiveEvents, type LiveOptions, type WatchOptions } from './live.ts';
import * as auth from './resources/auth.ts';
import * as catalog from './resources/catalog.ts';
import * as directory from './resources/directory.ts';
import * as dossiers from './resources/dossiers.ts';
import * as open from './resources/public.ts';
import * as uploads from './resources/uploads.ts';
import * as verifications from './resources/verifications.ts';
import type { Query, Schemas } from './types.ts';

export interface FullClientOptions extends ClientOptions {
  live?: LiveOptions;
}

export function createClient(options: FullClientOptions) {
  const core = createCore(options);
  let live: LiveEvents | undefined;
  return {
    core,
    procedures: {
      list: (query?: Omit<Query<'listProcedures'>, 'cursor'>, o?: RequestOptions) => catalog.listProcedures(core, query, o),
      /** The best matches for what a citizen typed (first page). */
      search: (q: string, query?: Omit<Query<'listProcedures'>, 'cursor' | 'q'>, o?: RequestOptions) => catalog.listProcedures(core, { ...query, q }, o),
      get: (code: string, o?: RequestOptions) => catalog.getProcedure(core, code, o),
    },
    sectors: { list: (o?: RequestOptions) => catalog.listSectors(core, o) },
    agencies: {
      list: (query?: Omit<Query<'listAgencies'>, 'cursor'>, o?: RequestOptions) => catalog.listAgencies(core, query, o),
      get: (id: string, o?: RequestOptions) => catalog.getAgency(core, id, o),
    },
    units: {
      list: (query?: Omit<Query<'listUnits'>, 'cursor'>, o?: RequestOptions) => catalog.listUnits(core, query, o),
      get: (code: string, o?: RequestOptions) => catalog.getUnit(core, code, o),
    },
    branches: {
      list: (o?: RequestOptions) => directory.listBranches(core, o),
      get: (id: string, o?: RequestOptions) => directory.getBranch(core, id, o),
      points: (query?: Omit<Query<'listPoints'>, 'cursor'>, o?: RequestOptions) => directory.listPoints(core, query, o),
      nearest: (query: Query<'findNearestPoints'>, o?: RequestOptions) => directory.findNearestPoints(core, query, o),
      point: (id: string, o?: RequestOptions) => directory.getPoint(core, id, o),
      queue: (id: string, o?: RequestOptions) => directory.getPointQueue(core, id, o),
    },
    uploads: {
      upload: (input: uploads.UploadInput, o?: uploads.UploadOptions) => uploads.createUpload(core, input, o),
      get: (id: string, draftId: string, o?: RequestOptions) => uploads.getUpload(core, id, draftId, o),
      delete: (id: string, draftId: string, o?: RequestOptions) => uploads.deleteUpload(core, id, draftId, o),
    },
    verifications: {
      request: (input: Schemas['VerificationInput'], o?: RequestOptions) => verifications.requestVerification(core, input, o),
      check: (id: string, code: string, o?: RequestOptions) => verifications.checkVerification(core, id, code, o),
    },
    auth: {
      createPkce: auth.createPkce,
      authorizeUrl: (params: Parameters<typeof auth.authorizeUrl>[1]) => auth.authorizeUrl(core, params),
      exchangeCode: (input: Parameters<typeof auth.exchangeCode>[1], o?: RequestOptions) => auth.exchangeCode(core, input, o),
      refresh: (refreshToken: string, o?: RequestOptions) => auth.refreshTokens(core, refreshToken, o),
      userInfo: (o?: RequestOptions) => auth.getUserInfo(core, o),
      revoke: (token: string, o?: RequestOptions) => auth.revokeToken(core, token, o),
    },
    dossiers: {
      submit: (input: Schemas['DossierSubmission'], o?: dossiers.SubmitOptions) => dossiers.submitDossier(core, input, o),
      /** Looks a dossier up by code and verifier; its token is then used by the other calls. */
      track: (code: string, verifier: string, o?: RequestOptions) => dossiers.lookupDossier(core, code, verifier, o),
      get: (code: string, o?: RequestOptions) => dossiers.getDossier(core, code, o),
      events: (code: string, query?: Omit<Query<'listDossierEvents'>, 'cursor'>, o?: RequestOptions) => dossiers.listDossierEvents(core, code, query, o),
      /** Its timeline, then live events, over the client's one shared stream. */
      watch: (code: string, o?: WatchOptions) => (live ??= new LiveEvents(core, options.live)).watch(code, o),
      supplement: (code: string, input: Schemas['SupplementInput'], o?: RequestOptions) => dossiers.supplementDossier(core, code, input, o),
      withdraw: (code: string, input: Schemas['WithdrawalInput'], o?: RequestOptions) => dossiers.withdrawDossier(core, code, input, o),
      documents: (code: string, o?: RequestOptions) => dossiers.listIssuedDocuments(core, code, o),
      document: (code: string, documentId: string, format: 'json' | 'html' = 'json', o?: RequestOptions) =>
        (format === 'html' ? dossiers.getIssuedDocument(core, code, documentId, 'html', o) : dossiers.getIssuedDocument(core, code, documentId, 'json', o)),
      mine: (query?: Omit<Query<'listMyDossiers'>, 'cursor'>, o?: RequestOptions) => dossiers.listMyDossiers(core, query, o),
      pay: (code: string, input: Schemas['PaymentInput'], o?: RequestOptions) => dossiers.createPayment(core, code, input, o),
      payment: (paymentId: string, dossierCode: string, o?: RequestOptions) => dossiers.getPayment(core, paymentId, dossierCode, o),
      rate: (code: string, input: Schemas['DossierRatingInput'], o?: RequestOptions) => dossiers.rateDossier(core, code, input, o),
    },
    ratings: {
      ratePoint: (pointId: string, input: Schemas['PointRatingInput'], o?: RequestOptions) => directory.ratePoint(core, pointId, input, o),
      rateDossier: (code: string, input: Schemas['DossierRatingInput'], o?: RequestOptions) => dossiers.rateDossier(core, code, input, o),
      summary: (query?: Query<'getRatingSummary'>, o?: RequestOptions) => open.getRatingSummary(core, query, o),
    },
    feedback: {
      submit: (input: Schemas['FeedbackInput'], o?: RequestOptions) => open.submitFeedback(core, input, o),
      lookup: (input: Schemas['FeedbackLookupInput'], o?: RequestOptions) => open.lookupFeedback(core, input, o),
    },
    stats: { get: (query?: Query<'getServiceStats'>, o?: RequestOptions) => open.getServiceStats(core, query, o) },
  };
}

export type HpascClient = ReturnType<typeof createClient>;
