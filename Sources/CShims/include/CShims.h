#ifndef TRUSTSITE_CSHIMS_H
#define TRUSTSITE_CSHIMS_H

/// Atomically exchanges two paths (Linux renameat2 RENAME_EXCHANGE); returns 0 on success, -1 where unsupported.
int trustsite_exchange_paths(const char *a, const char *b);

#endif
