/**
 * The link to the national public-service portal (Cổng Dịch vụ công quốc gia, DVCQG) through the province's
 * data-sharing platform: Thông tư 04/2025/TT-VPCP (sync automatic and in real time), Quyết định 31/2021/QĐ-TTg
 * Art. 30.3 (what is synced). Configured only by environment variables ({@code MOTCUA_DVCQG_*}, README); off when
 * {@code MOTCUA_DVCQG_URL} is unset. {@link vn.motcua.nationallink.NationalPortalClient} speaks the protocol
 * ({@code docs/national-link.md}); the outbox that feeds it is built on the dossier lifecycle's events (issue 14);
 * {@link vn.motcua.nationallink.NationalCatalogueCheck} compares the catalogue with the national procedure database.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Liên thông Cổng Dịch vụ công quốc gia", allowedDependencies = { "agency", "audit", "calendar", "catalogue", "dossier", "shared" })
package vn.motcua.nationallink;
