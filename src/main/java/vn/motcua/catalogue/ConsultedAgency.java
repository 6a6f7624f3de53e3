package vn.motcua.catalogue;

/**
 * An agency a liên thông procedure consults (another commune, the police for residence, the social-insurance office
 * for health cards), with its share of the time limit in working days, in the order the one-stop hands the dossier
 * on: the split the province's internal procedure or a decree for a named group sets (e.g. NĐ 297/2025: khai sinh –
 * thường trú – BHYT, 16 working days = 3 + 3 + 10), which the one-stop writes on the transfer slip (NĐ 61/2018/NĐ-CP
 * Art. 19.5; NĐ 118/2025/NĐ-CP Art. 18). The receiving agency keeps what the shares leave of the time limit.
 *
 * @param position 1 for the first agency consulted
 */
public record ConsultedAgency(int position, String agency, int shareWorkingDays) {
}
