package org.caregate.scheduling.domain;

import java.util.List;
import java.util.Optional;

/** The appointment types of every organization. */
public interface AppointmentTypeRepository {

    void add(AppointmentType type);

    /** The type of this organization with this id, retired or not. */
    Optional<AppointmentType> find(long organizationId, long id);

    /** Types matching the query, by name then id. */
    List<AppointmentType> list(long organizationId, TypeQuery query);

    /**
     * @param keywords       part of the name, or {@code null}
     * @param showGroup      {@code null} for all, else only group (true) or only 1:1 (false) types
     * @param clientsCanBook {@code null} for all, else only types patients may (true) or may not book
     * @param ids            only these ids, or {@code null}
     * @param withRetired    include retired types
     * @param offset         rows to skip
     * @param limit          rows to return at most, or {@code null} for all
     */
    record TypeQuery(String keywords, Boolean showGroup, Boolean clientsCanBook, List<Long> ids, boolean withRetired,
                     int offset, Integer limit) {
    }
}
