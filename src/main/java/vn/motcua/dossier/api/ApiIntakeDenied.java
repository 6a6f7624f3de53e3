package vn.motcua.dossier.api;

/** The service account is not a receiving officer of the agency it tries to receive a dossier for (403). */
class ApiIntakeDenied extends RuntimeException {

	ApiIntakeDenied(String agency) {
		super("not a receiving officer of " + agency);
	}
}
