package org.caregate.visits.domain;

import java.util.List;
import java.util.Optional;

/** Stays in video visits. */
public interface AttendanceRepository {

    /** Writes the stay now, so that it has its id. */
    void add(Attendance attendance);

    Optional<Attendance> find(long id);

    /** The stays through these links, earliest first. */
    List<Attendance> throughLinks(List<String> tokens);
}
