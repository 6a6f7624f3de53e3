/**
 * Shared kernel: the clock, the embedded database, the web shell (layout, language). Kept tiny.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dùng chung", allowedDependencies = {})
package vn.motcua.shared;
