@rem Runs the Maven wrapper with a JDK >= 21 (Windows twin of ./build): build.cmd verify, build.cmd -DskipTests install
@echo off
setlocal
set "ROOT=%~dp0"
call "%ROOT%scripts\find-jdk.cmd" || exit /b 1
rem JDK 24+ warns on every Maven start about sun.misc.Unsafe use inside Maven itself: allow it quietly.
if %HYPERSEED_JAVA_MAJOR% GEQ 24 set "MAVEN_OPTS=--sun-misc-unsafe-memory-access=allow %MAVEN_OPTS%"
cd /d "%ROOT%"
call "%ROOT%mvnw.cmd" -B -ntp %*
exit /b %ERRORLEVEL%
