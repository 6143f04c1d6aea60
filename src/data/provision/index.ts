/** Provisioning a SharePoint site for Technician Hub (see `provisionSite`). */
export { provisionSite, describeReport, type ProvisionOptions, type ProvisionReport, type ProvisionStep } from './provisionSite';
export { resolveSiteId, parseSiteArgument, getSite, type SiteRef, type GraphSite } from '../site';
