@echo off
rem Runs paperdeck from an unpacked release on Windows; bin\paperdeck does the same on Linux and
rem macOS. The JVM and its flags are chosen as there, where each flag's reason is given; a test
rem (ReleaseLaunchersTest) keeps the two lists of flags the same.
setlocal EnableExtensions EnableDelayedExpansion
for %%H in ("%~dp0..") do set "HOME_DIR=%%~fH"
for %%H in ("%HOME_DIR%") do set "RELEASE=%%~nxH"
set "JAR=%HOME_DIR%\lib\paperdeck.jar"
if not exist "%JAR%" (
  echo paperdeck: %JAR% is missing; unpack the whole release archive again 1>&2
  exit /b 3
)

rem The JVM: %PAPERDECK_JAVA%, else %JAVA_HOME%'s, else the one on the PATH.
if defined PAPERDECK_JAVA (
  set "JAVA=%PAPERDECK_JAVA%"
) else if defined JAVA_HOME (
  set "JAVA=%JAVA_HOME%\bin\java.exe"
) else (
  set "JAVA="
  for %%J in (java.exe) do set "JAVA=%%~$PATH:J"
)
if not defined JAVA (
  echo paperdeck: needs Java 17 or later: no java on the PATH, and JAVA_HOME is not set 1>&2
  exit /b 3
)
if not exist "%JAVA%" (
  echo paperdeck: needs Java 17 or later: there is no %JAVA% 1>&2
  exit /b 3
)

set JVM=-XX:+UseSerialGC -Xss8m -Xmx1g -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30
rem As bin\paperdeck: the optimising compiler for watch; for a command that ends within seconds
rem no counters for jps and jstat, and for a small talk's one compiler thread.
set RUN=short
if /i "%~1"=="watch" set RUN=watch
if /i "%~1"=="preview" set RUN=preview
if not "%RUN%"=="watch" set JVM=!JVM! -XX:TieredStopAtLevel=1
if "%RUN%"=="short" set JVM=!JVM! -XX:-UsePerfData
rem A small first heap unless a notes file named on the command line is over 256 KB.
set SMALL_TALK=yes
for %%A in (%*) do (
  rem Attributes are empty for what is not a file, and start with d for a folder.
  set "ATTRIBUTES=%%~aA"
  if defined ATTRIBUTES if not "!ATTRIBUTES:~0,1!"=="d" if %%~zA GTR 262144 set SMALL_TALK=no
)
if "%SMALL_TALK%"=="yes" set JVM=!JVM! -Xms64m
if "%SMALL_TALK%"=="yes" if "%RUN%"=="short" set JVM=!JVM! -XX:CICompilerCount=1

rem Class data sharing, as bin\paperdeck: the first build records the classes it loaded into an
rem archive in the user's local application data, one per release folder, JDK and jar size; later
rem runs map it in. A missing or unusable archive only costs start-up time.
for %%J in ("%JAVA%\..\..") do set "JDK=%%~nxJ"
for %%F in ("%JAR%") do set "JAR_SIZE=%%~zF"
set "CACHE_DIR=%LOCALAPPDATA%\paperdeck"
set "CACHE=%CACHE_DIR%\%RELEASE%-%JDK%-%JAR_SIZE%.jsa"
set QUIET=-Xlog:cds=off -Xlog:cds+dynamic=off -Xlog:class+path=off
if exist "%CACHE%" (
  "%JAVA%" %JVM% %QUIET% -XX:SharedArchiveFile="%CACHE%" -jar "%JAR%" %*
  exit /b !ERRORLEVEL!
)
if /i "%~1"=="build" if defined LOCALAPPDATA (
  if not exist "%CACHE_DIR%" mkdir "%CACHE_DIR%" 2>nul
  "%JAVA%" %JVM% %QUIET% -XX:ArchiveClassesAtExit="%CACHE%.part" -jar "%JAR%" %*
  set STATUS=!ERRORLEVEL!
  if exist "%CACHE%.part" move /y "%CACHE%.part" "%CACHE%" >nul 2>nul
  exit /b !STATUS!
)
"%JAVA%" %JVM% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
