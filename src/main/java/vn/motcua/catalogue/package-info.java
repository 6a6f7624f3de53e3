/**
 * The procedure catalogue (danh mục thủ tục hành chính): every administrative procedure the communes of this
 * installation handle, as the province publishes it (Quyết định công bố của Chủ tịch UBND tỉnh), versioned by
 * effective date, searchable without diacritics, imported from CSV and posted publicly (niêm yết công khai).
 * The API is {@link vn.motcua.catalogue.Catalogue}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Danh mục thủ tục hành chính", allowedDependencies = { "audit", "calendar", "shared" })
package vn.motcua.catalogue;
