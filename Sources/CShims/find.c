#define _GNU_SOURCE
#include <string.h>
#include "CShims.h"

long trustsite_find_bytes(const void *haystack, long haystack_length, const void *needle, long needle_length) {
    const char *found = memmem(haystack, (size_t)haystack_length, needle, (size_t)needle_length);
    return found ? (long)(found - (const char *)haystack) : -1;
}
