/**
 * Correspondence (công tác văn thư, Nghị định 30/2020/NĐ-CP): the commune's register of incoming documents (văn bản
 * đến: registration with the year's incoming number, the leader's direction, handling against a working-day deadline,
 * Art. 20–24) and of outgoing documents (văn bản đi: drafting in the decree's layout, review, approval, the leader's
 * signature, the clerk's number and the organisation's signature, issue to other agencies of the installation or as a
 * package for the national document exchange, Art. 14–19), and the counts the quarterly report takes from them
 * ({@link vn.motcua.correspondence.CorrespondenceFigures}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Văn bản đến, văn bản đi",
		allowedDependencies = { "agency", "audit", "calendar", "documents", "identity", "shared" })
package vn.motcua.correspondence;
