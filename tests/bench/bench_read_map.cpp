// What the tool's -j N reads its segments with: read() into a reused buffer, or a memory map whose
// pages are faulted in. Touches one byte a page of FILE (keep it in the page cache: run twice) and
// prints the CPU time (user + sys, of this process) of each way:
//   read      read() in 1 MiB blocks into one buffer
//   mmap      a private read-only map, pages faulted in one at a time
//   populate  the same map, pages mapped first by madvise(MADV_POPULATE_READ) (Linux 5.14 and later)
//   bench_read_map FILE [RUNS]   (best of RUNS, default 5)
#ifndef _FILE_OFFSET_BITS
#define _FILE_OFFSET_BITS 64
#endif
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

double cpu_seconds() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) * 1e-6;
}

volatile unsigned long sink = 0;

// One way, once: the CPU seconds it took (negative when it failed).
double run(int fd, std::size_t size, int how) {
    const long page = sysconf(_SC_PAGESIZE);
    const double t0 = cpu_seconds();
    unsigned long sum = 0;
    if (how == 0) {
        std::vector<char> block(std::size_t{1} << 20);
        for (off_t at = 0;;) {
            const ssize_t n = pread(fd, block.data(), block.size(), at);
            if (n < 0) return -1;
            if (n == 0) break;
            for (ssize_t i = 0; i < n; i += page) sum += static_cast<unsigned char>(block[static_cast<std::size_t>(i)]);
            at += n;
        }
    } else {
        void* m = mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
        if (m == MAP_FAILED) return -1;
#ifdef MADV_POPULATE_READ
        if (how == 2 && madvise(m, size, MADV_POPULATE_READ) != 0) {
            munmap(m, size);
            return -1;
        }
#else
        if (how == 2) {
            munmap(m, size);
            return -1;
        }
#endif
        const char* p = static_cast<const char*>(m);
        for (std::size_t i = 0; i < size; i += static_cast<std::size_t>(page)) sum += static_cast<unsigned char>(p[i]);
        munmap(m, size);
    }
    sink = sink + sum;
    return cpu_seconds() - t0;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_read_map FILE [RUNS]\n");
        return 2;
    }
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
    const int fd = open(argv[1], O_RDONLY);
    struct stat st {};
    if (fd < 0 || fstat(fd, &st) != 0 || st.st_size <= 0) {
        std::perror(argv[1]);
        return 2;
    }
    const auto size = static_cast<std::size_t>(st.st_size);
    std::printf("%s: %zu bytes, one byte a page touched, CPU time (user + sys), best of %d\n", argv[1], size, runs);
    const char* names[] = {"read (1 MiB blocks)", "mmap", "mmap + MADV_POPULATE_READ"};
    for (int how = 0; how < 3; ++how) {
        double best = 1e100;
        for (int r = 0; r < runs; ++r) {
            const double s = run(fd, size, how);
            if (s < 0) {
                best = -1;
                break;
            }
            best = std::min(best, s);
        }
        if (best < 0) std::printf("  %-28s (not available)\n", names[how]);
        else std::printf("  %-28s %7.3f s  %8.0f MB/s\n", names[how], best, static_cast<double>(size) / best / 1e6);
    }
    close(fd);
    return 0;
}
