/**
 * Simulators of the outside services MotCua talks to, shipped with it and started with
 * {@code java -jar motcua.jar simulators}: real HTTP servers that speak each service's published protocol, keep what
 * they receive, show it on a small page and can be told to fail. Tests, demos and a commune without credentials use
 * them instead of the real services. The national public-service portal (DVCQG, issue 15), an SMS gateway and Zalo
 * ZNS (issue 16), an RFC 3161 time-stamping authority (issue 17). Depends only on the shared kernel.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Trình mô phỏng dịch vụ bên ngoài", allowedDependencies = { "shared" })
package vn.motcua.simulators;
