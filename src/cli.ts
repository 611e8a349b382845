console.log('hello from cli');
