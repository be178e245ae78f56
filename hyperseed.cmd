@rem The hyperseed command line on Windows (twin of ./hyperseed): hyperseed.cmd solve FILE, hyperseed.cmd --help.
@rem Needs only a JDK >= 21 and Maven Central access. Builds the CLI when it has not been built; after changing
@rem sources, set HYPERSEED_REBUILD=1 for one call (./hyperseed compares file times; cmd.exe cannot cheaply).
@rem The class path comes from target\hyperseed.args, a java argument file that the build writes on Windows
@rem (a class path longer than cmd.exe's 8191-character line limit fits there).
@echo off
setlocal
set "ROOT=%~dp0"
call "%ROOT%scripts\find-jdk.cmd" || exit /b 1
set "TARGET=%ROOT%examples\hyperseed-cli\target"
set "BUILD="
if not exist "%TARGET%\hyperseed.args" set "BUILD=1"
if "%HYPERSEED_REBUILD%"=="1" set "BUILD=1"
if defined BUILD (
  echo hyperseed: building ^(first use or HYPERSEED_REBUILD=1; the first build downloads dependencies^) ... 1>&2
  call "%ROOT%build.cmd" -q -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true -pl examples/hyperseed-cli -am package 1>&2
  if errorlevel 1 (
    echo hyperseed: the build failed; run "build.cmd -DskipTests package" to see why 1>&2
    exit /b 1
  )
)
set "ARCHIVE="
if not "%HYPERSEED_CDS%"=="off" if exist "%TARGET%\hyperseed.jsa" set "ARCHIVE=-XX:SharedArchiveFile=%TARGET%\hyperseed.jsa -Xlog:cds=off -Xlog:cds+dynamic=off"
set "DJL_OFFLINE=true"
set "OPT_OUT_TRACKING=true"
if not defined TORCH_CPP_LOG_LEVEL set "TORCH_CPP_LOG_LEVEL=ERROR"
if not defined DJL_CACHE_DIR set "DJL_CACHE_DIR=%ROOT%.djl-cache"
if not defined HYPERSEED_DATA set "HYPERSEED_DATA=%ROOT%..\shared\data"
"%JAVA_HOME%\bin\java.exe" %ARCHIVE% --enable-native-access=ALL-UNNAMED -Djava.awt.headless=true ^
  -Dai.djl.offline=true -Dhyperseed.tty=false "-Dhyperseed.data=%HYPERSEED_DATA%" %HYPERSEED_JAVA_OPTS% ^
  "@%TARGET%\hyperseed.args" io.hyperseed.cli.Hyperseed %*
exit /b %ERRORLEVEL%
