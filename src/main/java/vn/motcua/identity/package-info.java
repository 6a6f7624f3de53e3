/**
 * Officers (cán bộ), their roles per agency, sign-in with lock-out, and the administration of accounts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cán bộ và phân quyền", allowedDependencies = { "agency", "audit", "shared" })
package vn.motcua.identity;
