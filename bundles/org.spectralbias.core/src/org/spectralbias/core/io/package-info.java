/**
 * CSV tables in the format of RFC 4180: {@link org.spectralbias.core.io.CsvTable} (immutable, numbers stored
 * round-trip exact), {@link org.spectralbias.core.io.CsvWriter} and {@link org.spectralbias.core.io.CsvReader}.
 */
package org.spectralbias.core.io;
