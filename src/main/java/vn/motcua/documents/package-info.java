/**
 * Documents (tài liệu, biểu mẫu): the checksummed file store that keeps dossier scans and results (never
 * overwritten), official documents in the layout of Nghị định 30/2020/NĐ-CP as PDF and DOCX, and the seven one-stop
 * forms Mẫu 01–07 (Thông tư 01/2018/TT-VPCP as carried into Thông tư 03/2025/TT-VPCP) with a QR code to the dossier's
 * public status page. Other modules (dossier, reporting) use it; it depends only on the shared kernel and the audit
 * log.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tài liệu và biểu mẫu", allowedDependencies = { "audit", "shared" })
package vn.motcua.documents;
