/**
 * Agencies: the 34 provinces and 3,321 communes after 1/7/2025 (official codes), and which of them this installation
 * serves. Every business row of every other module carries an agency code from here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Đơn vị hành chính", allowedDependencies = { "audit", "shared" })
package vn.motcua.agency;
