/* tools/enter.c: enters the build root for tools/in-env without starting a shell or any mount(8).
 *
 *   claimbench-enter ROOT REPO SHARED WORKDIR PROGRAM [ARGS...]
 *
 * Does what tools/common.sh's cb_chroot_run does with unshare(1), bash and mount(8), in one process: a private
 * mount namespace (and, not as root, a user namespace mapping the caller to root), /proc and /dev bound in, a
 * fresh /dev/shm, the repo at its own path, SHARED read-only when given (not empty), the X socket and the
 * authority file when DISPLAY/XAUTHORITY name them, the host's resolv.conf when newer, then chroot, chdir
 * (to / when WORKDIR is not in the root) and exec: the program's exit status is the caller's. Nothing stays
 * mounted when it ends (the namespace goes with the process).
 *
 * Built once per build root by tools/common.sh (static, with the root's compiler) and used when present; the
 * shell path stays as the fallback. Every call of tools/in-env pays for entering the root, which is why this
 * exists (the ≤ 30 ms goal of issue #17, measured by tools/benchmarks/wrapper_bench.sh).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <sched.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

static void die(const char *what, const char *path)
{
    fprintf(stderr, "[claimbench] error: cannot enter the build root: %s %s: %s\n", what, path ? path : "",
            strerror(errno));
    exit(125);
}

static void join(char *out, const char *root, const char *path)
{
    if (snprintf(out, PATH_MAX, "%s%s", root, path) >= PATH_MAX) {
        errno = ENAMETOOLONG;
        die("path", path);
    }
}

static int isDir(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

static void mkdirs(const char *path)
{
    char p[PATH_MAX];
    snprintf(p, sizeof p, "%s", path);
    for (char *s = p + 1; *s; ++s) {
        if (*s == '/') {
            *s = '\0';
            if (mkdir(p, 0755) != 0 && errno != EEXIST)
                die("mkdir", p);
            *s = '/';
        }
    }
    if (mkdir(p, 0755) != 0 && errno != EEXIST)
        die("mkdir", p);
}

static void bindMount(const char *from, const char *to, unsigned long extra)
{
    if (mount(from, to, NULL, MS_BIND | extra, NULL) != 0)
        die("mount --bind", to);
}

static void writeFile(const char *path, const char *text)
{
    const int fd = open(path, O_WRONLY | O_CLOEXEC);
    if (fd < 0 || write(fd, text, strlen(text)) != (ssize_t)strlen(text))
        die("write", path);
    close(fd);
}

static int newer(const char *a, const char *b)
{
    struct stat sa, sb;
    if (stat(a, &sa) != 0)
        return 0;
    if (stat(b, &sb) != 0)
        return 1;
    return sa.st_mtim.tv_sec > sb.st_mtim.tv_sec
        || (sa.st_mtim.tv_sec == sb.st_mtim.tv_sec && sa.st_mtim.tv_nsec > sb.st_mtim.tv_nsec);
}

static void copyFile(const char *from, const char *to)
{
    char buf[65536];
    const int in = open(from, O_RDONLY | O_CLOEXEC);
    if (in < 0)
        return;
    const int out = open(to, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (out >= 0) {
        ssize_t n;
        while ((n = read(in, buf, sizeof buf)) > 0)
            if (write(out, buf, (size_t)n) != n)
                break;
        close(out);
    }
    close(in);
}

int main(int argc, char **argv)
{
    if (argc < 6) {
        fprintf(stderr, "usage: claimbench-enter ROOT REPO SHARED WORKDIR PROGRAM [ARGS...]\n");
        return 2;
    }
    const char *root = argv[1], *repo = argv[2], *shared = argv[3], *wd = argv[4];
    char target[PATH_MAX];

    const uid_t uid = getuid();
    const gid_t gid = getgid();
    if (uid == 0) {
        if (unshare(CLONE_NEWNS) != 0)
            die("unshare", "mount namespace");
    } else { // as unshare --map-root-user
        if (unshare(CLONE_NEWUSER | CLONE_NEWNS) != 0)
            die("unshare", "user and mount namespaces");
        char map[64];
        writeFile("/proc/self/setgroups", "deny");
        snprintf(map, sizeof map, "0 %u 1", (unsigned)uid);
        writeFile("/proc/self/uid_map", map);
        snprintf(map, sizeof map, "0 %u 1", (unsigned)gid);
        writeFile("/proc/self/gid_map", map);
    }
    // (EINVAL: "/" is not a mount point, as inside another chroot, whose namespace is private already.)
    if (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0 && errno != EINVAL)
        die("mount --make-rprivate", "/");

    join(target, root, "/proc"); // not a new proc: that needs a pid namespace, which a user namespace lacks
    bindMount("/proc", target, MS_REC);
    join(target, root, "/dev");
    bindMount("/dev", target, MS_REC);
    join(target, root, "/dev/shm");
    if (!isDir(target))
        mkdirs(target);
    if (mount("tmpfs", target, "tmpfs", MS_NOSUID | MS_NODEV, "mode=1777") != 0)
        die("mount tmpfs", target);
    join(target, root, repo);
    mkdirs(target);
    bindMount(repo, target, 0);
    if (*shared) {
        join(target, root, shared);
        mkdirs(target);
        bindMount(shared, target, 0);
        mount(NULL, target, NULL, MS_REMOUNT | MS_BIND | MS_RDONLY, NULL); // best effort, as the shell path
    }
    const char *display = getenv("DISPLAY");
    if (display && *display && isDir("/tmp/.X11-unix")) {
        join(target, root, "/tmp/.X11-unix");
        mkdirs(target);
        bindMount("/tmp/.X11-unix", target, 0);
    }
    const char *xauthority = getenv("XAUTHORITY");
    struct stat st;
    if (xauthority && *xauthority && stat(xauthority, &st) == 0 && S_ISREG(st.st_mode)) {
        join(target, root, xauthority);
        char *slash = strrchr(target, '/');
        if (slash && slash != target) {
            *slash = '\0';
            mkdirs(target);
            *slash = '/';
        }
        const int fd = open(target, O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
        if (fd >= 0)
            close(fd);
        bindMount(xauthority, target, 0);
    }
    join(target, root, "/etc/resolv.conf");
    if (newer("/etc/resolv.conf", target))
        copyFile("/etc/resolv.conf", target);

    if (chroot(root) != 0)
        die("chroot", root);
    if (chdir(isDir(wd) ? wd : "/") != 0)
        die("chdir", wd);
    execvp(argv[5], argv + 5);
    fprintf(stderr, "%s: %s\n", argv[5], strerror(errno));
    return errno == ENOENT ? 127 : 126;
}
