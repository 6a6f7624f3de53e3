/**
 * The audit log (nhật ký hệ thống): who did what, when, in which agency, from which value to which. Append-only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Nhật ký hệ thống", allowedDependencies = { "shared" })
package vn.motcua.audit;
