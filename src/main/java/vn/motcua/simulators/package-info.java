/**
 * Simulators of the outside services MotCua talks to, shipped with it and started with
 * {@code java -jar motcua.jar simulators}: real HTTP servers that speak each service's published protocol, keep what
 * they receive, show it on a small page and can be told to fail. Tests, demos and a commune without credentials use
 * them instead of the real services. First: the national public-service portal (DVCQG, issue 15). Depends on no
 * other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Trình mô phỏng dịch vụ bên ngoài")
package vn.motcua.simulators;
