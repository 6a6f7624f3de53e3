/**
 * Demo data (dữ liệu mẫu): a command of the product that fills communes with a believable history, drawn from the
 * catalogue and the calendar, and sends it through the history import like an administrator's file.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dữ liệu mẫu",
		allowedDependencies = { "history", "dossier", "catalogue", "agency", "calendar", "shared" })
package vn.motcua.demo;
