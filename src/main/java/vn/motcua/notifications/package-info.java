/**
 * Messages to applicants (issue 16): one message per event of a dossier's life (receipt, supplement requested and
 * received, extension with apology, result ready, returned, stopped, refused), from templates kept in the database
 * and edited by the installation administrator, sent through the channel the applicant chose (Zalo ZNS, SMS, e-mail)
 * with retries, fall-back and a delivery history per message. Legal basis: Nghị định 118/2025/NĐ-CP Art. 16–19 (the
 * applicant is told of the receipt, of what is missing, of the apology with the new date, of a stop); Quyết định
 * 766/QĐ-TTg indicator on informing citizens. {@code docs/notifications.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Thông báo cho người dân",
		allowedDependencies = { "agency", "audit", "dossier", "feedback", "shared" })
package vn.motcua.notifications;
