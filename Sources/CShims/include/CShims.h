#ifndef TRUSTSITE_CSHIMS_H
#define TRUSTSITE_CSHIMS_H

/// Atomically exchanges two paths (Linux renameat2 RENAME_EXCHANGE); returns 0 on success, -1 where unsupported.
int trustsite_exchange_paths(const char *a, const char *b);

/// The offset of the first `needle` in `haystack` (the C library's memmem, a GNU extension Swift's Glibc module does
/// not show), or -1.
long trustsite_find_bytes(const void *haystack, long haystack_length, const void *needle, long needle_length);

#endif
