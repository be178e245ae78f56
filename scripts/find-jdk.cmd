@rem Called by build.cmd and hyperseed.cmd: sets JAVA_HOME to a JDK >= 21 (JAVA_HOME, then javac on the PATH, then
@rem the usual install folders), or prints what to install and exits with 1. Never a fixed machine path.
@rem Reads the JDK's "release" file, so no JVM is started to ask.
@echo off
if defined JAVA_HOME call :try "%JAVA_HOME%" && exit /b 0
for /f "delims=" %%j in ('where javac 2^>nul') do (
  for %%d in ("%%~dpj..") do call :try "%%~fd" && exit /b 0
)
for /d %%d in ("%ProgramFiles%\Eclipse Adoptium\*" "%ProgramFiles%\Java\*" "%ProgramFiles%\Microsoft\jdk-*" ^
    "%ProgramFiles%\Zulu\*" "%ProgramFiles%\Amazon Corretto\*" "%ProgramFiles%\BellSoft\*" ^
    "%LOCALAPPDATA%\Programs\Eclipse Adoptium\*") do (
  call :try "%%~fd" && exit /b 0
)
echo hyperseed: no JDK 21 or newer found (looked at JAVA_HOME, the PATH and the usual install folders); install JDK 21+ (e.g. Temurin 21) and set JAVA_HOME to it 1>&2
exit /b 1

:try
if not exist "%~1\bin\javac.exe" exit /b 1
if not exist "%~1\release" exit /b 1
set "HYPERSEED_JAVA_MAJOR="
for /f "tokens=2 delims==" %%v in ('findstr /b "JAVA_VERSION=" "%~1\release"') do (
  for /f "tokens=1 delims=.+-" %%m in (%%v) do set "HYPERSEED_JAVA_MAJOR=%%m"
)
if not defined HYPERSEED_JAVA_MAJOR exit /b 1
if %HYPERSEED_JAVA_MAJOR% LSS 21 exit /b 1
set "JAVA_HOME=%~1"
exit /b 0
